//! Turns divan's output into one markdown table: median ns/item and the
//! ratio to the hand-written implementation of the same run.
//!
//! `report STABLE_OUTPUT [NIGHTLY_OUTPUT]`, as run by `benches/report.sh`.
//! Rows of the nightly run are labelled `(nightly run)` and their ratios are
//! to the hand-written implementation of that run.

use std::collections::BTreeMap;
use std::fs;

use genfn_benches::items;

/// The workloads in table order: (divan group, column title, genfn target).
const WORKLOADS: &[(&str, &str, Option<f64>)] = &[
    ("w1_count", "W1 count", Some(1.1)),
    ("w2_fib", "W2 fib", Some(1.1)),
    ("w3_tree_rec", "W3 tree, recursive", Some(5.0)),
    ("w3_tree_stack", "W3 tree, explicit stack", None),
    ("w4_send", "W4 send", Some(1.1)),
    ("w5_large", "W5 large state", Some(1.1)),
];

/// Implementations in table order: (divan name, label).
const IMPLS: &[(&str, &str)] = &[
    ("hand_written", "hand-written"),
    ("genfn", "**genfn**"),
    ("from_fn", "std::iter::from_fn"),
    ("genawaiter", "genawaiter"),
    ("next_gen", "next-gen"),
    ("diapause", "diapause"),
    ("corosensei", "corosensei"),
    ("recursive_fn", "recursive fn + closure (no generator)"),
    ("rustc_gen", "rustc `gen` blocks"),
    ("rustc_coroutine", "rustc `#[coroutine]` closures"),
];

/// One bench's times in nanoseconds, per whole workload run.
#[derive(Clone, Copy, Debug)]
struct Times {
    fastest: f64,
    median: f64,
}

/// group -> bench -> times.
type Medians = BTreeMap<String, BTreeMap<String, Times>>;

fn parse_time(s: &str) -> Option<f64> {
    let mut parts = s.split_whitespace();
    let value: f64 = parts.next()?.parse().ok()?;
    let scale = match parts.next()? {
        "ps" => 1e-3,
        "ns" => 1.0,
        "µs" | "us" => 1e3,
        "ms" => 1e6,
        "s" => 1e9,
        _ => return None,
    };
    Some(value * scale)
}

/// Parses divan's tree: a group line is `├─ name` at depth 0, a bench line
/// `│  ├─ name  fastest │ slowest │ median │ mean │ samples │ iters`.
fn parse(text: &str) -> Medians {
    let mut out = Medians::new();
    let mut group = String::new();
    for line in text.lines() {
        let Some(pos) = line.find("├─ ").or_else(|| line.find("╰─ ")) else {
            continue;
        };
        let depth = line[..pos].chars().count();
        let rest = &line[pos + "├─ ".len()..];
        let cols: Vec<&str> = rest.split('│').collect();
        let name = cols[0].split_whitespace().next().unwrap_or("").to_string();
        if depth == 0 {
            group = name;
        } else if let (Some(fastest), Some(median)) = (
            cols[0]
                .split_once(char::is_whitespace)
                .and_then(|(_, t)| parse_time(t.trim())),
            cols.get(2).and_then(|c| parse_time(c.trim())),
        ) {
            let times = Times { fastest, median };
            out.entry(group.clone()).or_default().insert(name, times);
        }
    }
    out
}

fn cell(medians: &Medians, group: &str, imp: &str, target: Option<f64>) -> String {
    let Some(benches) = medians.get(group) else {
        return "—".into();
    };
    let Some(&Times { median: t, .. }) = benches.get(imp) else {
        return "—".into();
    };
    let n = items(group) as f64;
    let per_item = t / n;
    let per = if per_item < 10.0 {
        format!("{per_item:.2}")
    } else if per_item < 100.0 {
        format!("{per_item:.1}")
    } else {
        format!("{per_item:.0}")
    };
    match benches.get("hand_written") {
        Some(&Times { median: base, .. }) => {
            let ratio = t / base;
            let miss = imp == "genfn" && target.is_some_and(|max| ratio > max);
            if miss {
                format!("{per} ns · **{ratio:.2}x** ✗")
            } else {
                format!("{per} ns · {ratio:.2}x")
            }
        }
        None => format!("{per} ns"),
    }
}

/// The ratio of the fastest samples: less sensitive to other load on the
/// machine than the medians (load only ever adds time).
fn fastest_ratio(medians: &Medians, group: &str, imp: &str) -> String {
    let get = |name: &str| medians.get(group)?.get(name).map(|t| t.fastest);
    match (get(imp), get("hand_written")) {
        (Some(t), Some(base)) => format!("{:.2}x", t / base),
        _ => "—".into(),
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() || args.len() > 2 {
        eprintln!("usage: report STABLE_DIVAN_OUTPUT [NIGHTLY_DIVAN_OUTPUT]");
        std::process::exit(2);
    }
    let read = |p: &str| fs::read_to_string(p).unwrap_or_else(|e| panic!("{p}: {e}"));
    let stable = parse(&read(&args[0]));
    let nightly = args.get(1).map(|p| parse(&read(p)));

    let mut header = String::from("| implementation |");
    let mut rule = String::from("|---|");
    for (_, title, _) in WORKLOADS {
        header += &format!(" {title} |");
        rule += "---:|";
    }
    println!("{header}\n{rule}");
    let mut target_row = String::from("| *genfn target* |");
    for (_, _, target) in WORKLOADS {
        match target {
            Some(t) => target_row += &format!(" ≤ {t}x |"),
            None => target_row += " — |",
        }
    }
    println!("{target_row}");

    let runs: Vec<(&Medians, &str)> = std::iter::once((&stable, ""))
        .chain(nightly.as_ref().map(|m| (m, " (nightly run)")))
        .collect();
    for (medians, suffix) in runs {
        for (imp, label) in IMPLS {
            let present = medians.values().any(|b| b.contains_key(*imp));
            if !present {
                continue;
            }
            let mut row = format!("| {label}{suffix} |");
            for (group, _, target) in WORKLOADS {
                row += &format!(" {} |", cell(medians, group, imp, *target));
            }
            println!("{row}");
            if *imp == "genfn" {
                let mut row = format!("| ↳ genfn{suffix}, ratio of fastest samples |");
                for (group, _, _) in WORKLOADS {
                    row += &format!(" {} |", fastest_ratio(medians, group, imp));
                }
                println!("{row}");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_divan_tree() {
        let text = "\
workloads           fastest       │ slowest       │ median        │ mean          │ samples │ iters
├─ w1_count                       │               │               │               │         │
│  ├─ genfn         4.452 ms      │ 8.675 ms      │ 4.652 ms      │ 5.793 ms      │ 10      │ 10
│  ╰─ hand_written  791.9 µs      │ 905.4 µs      │ 874.1 µs      │ 871 µs        │ 10      │ 10
╰─ w5_large                       │               │               │               │         │
   ╰─ genfn         104.6 ms      │ 121.5 ms      │ 113.4 ms      │ 112.1 ms      │ 9       │ 9
";
        let m = parse(text);
        let close = |a: f64, b: f64| (a - b).abs() < 1e-9 * b;
        assert!(close(m["w1_count"]["genfn"].median, 4.652e6));
        assert!(close(m["w1_count"]["genfn"].fastest, 4.452e6));
        assert!(close(m["w1_count"]["hand_written"].median, 874.1e3));
        assert!(close(m["w5_large"]["genfn"].median, 113.4e6));
        assert_eq!(m.len(), 2);
    }
}
