//! The programs of `examples/` print what the Python originals of the seeds
//! print (adapted where Rust spells a thing differently). Each example file is
//! included as a module and its `run()` output compared with the text here.

macro_rules! example {
    ($name:ident, $file:literal) => {
        #[allow(dead_code)] // the example's own `main`
        #[path = $file]
        mod $name;
    };
}

example!(count_up, "../examples/count_up.rs");
example!(three_greetings, "../examples/three_greetings.rs");
example!(limited_range, "../examples/limited_range.rs");
example!(infinite_counter, "../examples/infinite_counter.rs");
example!(flatten, "../examples/flatten.rs");
example!(combined_data, "../examples/combined_data.rs");
example!(accumulator, "../examples/accumulator.rs");
example!(producer_consumer, "../examples/producer_consumer.rs");
example!(generator_send, "../examples/generator_send.rs");
example!(stream_csv_rows, "../examples/stream_csv_rows.rs");

#[test]
fn count_up() {
    // Python prints `<class 'generator'>` where Rust shows the Debug form.
    assert_eq!(
        count_up::run(),
        "Gen { status: \"created\", .. }\n1\n2\n1\n2\n3\n4\n5\n"
    );
}

#[test]
fn three_greetings() {
    assert_eq!(three_greetings::run(), "[\"Hello\", \"Hi\", \"Hey\"]\n");
}

#[test]
fn limited_range() {
    assert_eq!(limited_range::run(), "[0, 1, 2]\n");
}

#[test]
fn infinite_counter() {
    assert_eq!(infinite_counter::run(), "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]\n");
}

#[test]
fn flatten() {
    assert_eq!(flatten::run(), "[1, 2, 3, 4, 5, 6]\n");
}

#[test]
fn combined_data() {
    assert_eq!(combined_data::run(), "[1, 2, 3, 4, 5, 6, 49, 64, 81]\n");
}

#[test]
fn accumulator() {
    assert_eq!(
        accumulator::run(),
        "\
acc.start()          -> Yielded(0)
acc.resume(Some(10)) -> Yielded(10)
acc.resume(Some(20)) -> Yielded(30)
acc.resume(Some(5))  -> Yielded(35)
drop(acc)            -> closed (Python: gen.close())
acc.start()          -> Yielded(0)
acc.resume(Some(1))  -> Yielded(1)
acc.resume(None)     -> Complete(())
"
    );
}

#[test]
fn producer_consumer() {
    assert_eq!(
        producer_consumer::run(),
        "\
[CONSUMER] start
start
[PRODUCER] Producer is producing 1
[CONSUMER] Consumer is consuming 1
[PRODUCER] Consumer return: 200 ok
[PRODUCER] Producer is producing 2
[CONSUMER] Consumer is consuming 2
[PRODUCER] Consumer return: 200 ok
[PRODUCER] Producer is producing 3
[CONSUMER] Consumer is consuming 3
[PRODUCER] Consumer return: 200 ok
"
    );
}

#[test]
fn generator_send() {
    // Python prints `<class 'generator'>` where Rust shows the Debug form.
    assert_eq!(
        generator_send::run(),
        "\
Gen { status: \"created\", .. }
generator start
next_result = 1
yield_expression_value = 666
send_result = 2
"
    );
}

#[test]
fn stream_csv_rows() {
    assert_eq!(
        stream_csv_rows::run(),
        r#"chunk 0: "id,name,email\r\n"
chunk 1: "1,Ada Lovelace,ada1@example.com\r\n2,\"Hopper, Grace\",grace2@example.com\r\n"
chunk 2: "3,\"Edsger \"\"EWD\"\" Dijkstra\",edsger3@example.com\r\n4,Barbara Liskov,barbara4@example.com\r\n"
chunk 3: "5,Donald Knuth,don5@example.com\r\n"
"#
    );
}

/// The header comes alone, then full chunks and a last partial one; rows
/// without a first row give nothing (Python would fail on `rows[0]`).
#[test]
fn stream_csv_rows_chunking() {
    use stream_csv_rows::{get_all_users, stream_csv_rows};
    let chunks: Vec<String> = stream_csv_rows(get_all_users(7), 3).collect();
    assert_eq!(chunks.len(), 4);
    assert_eq!(chunks[0], "id,name,email\r\n");
    let rows_per_chunk: Vec<usize> = chunks[1..].iter().map(|c| c.lines().count()).collect();
    assert_eq!(rows_per_chunk, [3, 3, 1]);
    assert_eq!(stream_csv_rows(Vec::new(), 3).count(), 0);
}
