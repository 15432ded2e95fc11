//! The finished graph: blocks renumbered in reverse post-order.

use super::*;

/// Renumbers the blocks in reverse post-order from the entry and drops the
/// unreachable ones, so that a block defining a local is emitted before the
/// blocks using it (rustc infers slot types in source order).
pub(super) fn reorder_blocks(body: &mut ir::Body) {
    let n = body.blocks.len();
    let mut visited = vec![false; n];
    let mut post = Vec::new();
    // Iterative DFS keeping successor order.
    let mut stack: Vec<(BlockId, usize)> = vec![(body.entry, 0)];
    visited[body.entry.0] = true;
    while let Some((b, i)) = stack.pop() {
        let succs = body.successors(b);
        if i < succs.len() {
            stack.push((b, i + 1));
            let s = succs[i];
            if !visited[s.0] {
                visited[s.0] = true;
                stack.push((s, 0));
            }
        } else {
            post.push(b);
        }
    }
    post.reverse();
    let mut new_id = vec![None; n];
    for (i, b) in post.iter().enumerate() {
        new_id[b.0] = Some(BlockId(i));
    }
    let map = |b: &mut BlockId| *b = new_id[b.0].expect("reachable target");
    let mut old: Vec<Option<ir::Block>> = std::mem::take(&mut body.blocks)
        .into_iter()
        .map(Some)
        .collect();
    for b in &post {
        let mut block = old[b.0].take().expect("each block once");
        for target in block.term.targets_mut() {
            map(target);
        }
        body.blocks.push(block);
    }
    for j in &mut body.jumps {
        if let Some(new) = new_id[j.edge.target.0] {
            j.edge.target = new;
        }
    }
    body.entry = BlockId(0);
}
