//! The readable dump of the graph, for tests and `GENFN_DEBUG_IR`.

use std::fmt::{self, Write as _};

use syn::Pat;

use super::*;

impl Body {
    /// A readable dump of the graph, for tests and `GENFN_DEBUG_IR`.
    pub fn dump(&self) -> String {
        let mut out = String::new();
        for (i, l) in self.locals.iter().enumerate() {
            let _ = writeln!(
                out,
                "let _{i}: {} ({:?}, scope s{})",
                l.ident, l.kind, l.scope.0
            );
        }
        for (i, b) in self.blocks.iter().enumerate() {
            let _ = writeln!(
                out,
                "bb{i}{} (scope s{}):",
                if b.is_resume { " [resume]" } else { "" },
                b.scope.0
            );
            for s in &b.stmts {
                let _ = writeln!(out, "    {}", self.stmt_line(s));
            }
            let _ = writeln!(out, "    {}", self.terminator_line(&b.term));
            for line in self.jump_lines(BlockId(i)) {
                let _ = writeln!(out, "    {line}");
            }
        }
        out
    }

    fn name(&self, l: &LocalId) -> String {
        self.local(*l).ident.to_string()
    }

    fn stmt_line(&self, s: &Stmt) -> String {
        match s {
            Stmt::Expr(f) => format!("{};", code(f)),
            Stmt::Let {
                pat: p,
                init,
                else_block,
                ..
            } => {
                let mut s = format!("let {}", pat(p));
                if let Some(i) = init {
                    s += &format!(" = {}", code(i));
                }
                if let Some(e) = else_block {
                    s += &format!(" else {}", code(e));
                }
                s + ";"
            }
            Stmt::Assign { local, value } => format!("{} = {};", self.name(local), code(value)),
            Stmt::ScopeEnd(s) => format!("end of scope s{}", s.0),
        }
    }

    fn terminator_line(&self, term: &Terminator) -> String {
        match term {
            Terminator::Goto(e) => format!("goto {}", edge(e)),
            Terminator::If {
                cond,
                then_edge,
                else_edge,
                ..
            } => format!(
                "if {} -> {} else {}",
                code(cond),
                edge(then_edge),
                edge(else_edge)
            ),
            Terminator::Match { scrutinee, arms } => {
                let arms: Vec<_> = arms
                    .iter()
                    .map(|a| {
                        let guard = a
                            .guard
                            .as_ref()
                            .map(|g| format!(" if {}", code(g)))
                            .unwrap_or_default();
                        format!("{}{guard} -> {}", pat(&a.pat), edge(&a.target))
                    })
                    .collect();
                format!("match {} {{ {} }}", code(scrutinee), arms.join(", "))
            }
            Terminator::ForNext {
                iter,
                pat: p,
                body,
                done,
                ..
            } => format!(
                "for {} in {} -> {} else {}",
                pat(p),
                self.name(iter),
                edge(body),
                edge(done)
            ),
            Terminator::Yield { value, resume } => {
                format!("yield {} -> resume bb{}", code(value), resume.0)
            }
            Terminator::Recurse { frame, resume } => {
                format!("recurse {} -> resume bb{}", code(frame), resume.0)
            }
            Terminator::Delegate {
                awaits,
                source,
                first,
                resume,
                done,
                result,
                ..
            } => format!(
                "{} {} -> {} bb{}, done {}{}",
                match (*awaits, *first) {
                    (true, true) => "await first",
                    (true, false) => "await",
                    (false, true) => "delegate start",
                    (false, false) => "delegate",
                },
                self.name(source),
                if *awaits { "pending" } else { "resume" },
                resume.0,
                edge(done),
                result
                    .map(|r| format!(" into {}", self.name(&r)))
                    .unwrap_or_default()
            ),
            Terminator::Return(f) => format!("return {}", code(f)),
            Terminator::Unreachable => "unreachable".to_string(),
        }
    }

    /// The jumps out of the block's fragments, with those a macro's
    /// `break`/`continue` may take (`MacroExit`) marked.
    fn jump_lines(&self, id: BlockId) -> Vec<String> {
        let block = self.block(id);
        let macro_exits: Vec<&MacroExit> = (block.stmts.iter())
            .flat_map(Stmt::fragments)
            .chain(block.term.fragments())
            .flat_map(|f| &f.macro_exits)
            .collect();
        self.jumps_of(id)
            .into_iter()
            .map(|j| {
                let jump = &self.jumps[j.0];
                let by_macro = macro_exits.iter().find_map(|x| {
                    let label = x
                        .label
                        .as_ref()
                        .map(|l| format!(" {l}"))
                        .unwrap_or_default();
                    if x.break_ == j {
                        Some(format!(" (a macro's break{label})"))
                    } else if x.continue_ == Some(j) {
                        Some(format!(" (a macro's continue{label})"))
                    } else {
                        None
                    }
                });
                format!(
                    "jump j{} -> {}{}{}",
                    j.0,
                    edge(&jump.edge),
                    jump.result
                        .map(|r| format!(" with {}", self.name(&r)))
                        .unwrap_or_default(),
                    by_macro.unwrap_or_default()
                )
            })
            .collect()
    }
}

fn edge(e: &Edge) -> String {
    if e.exits.is_empty() {
        format!("bb{}", e.target.0)
    } else {
        let scopes: Vec<_> = e.exits.iter().map(|s| format!("s{}", s.0)).collect();
        format!("bb{} (leaving {})", e.target.0, scopes.join(", "))
    }
}

fn code(f: &Fragment) -> String {
    quote::ToTokens::to_token_stream(&f.expr).to_string()
}

fn pat(p: &Pat) -> String {
    quote::ToTokens::to_token_stream(p).to_string()
}

impl fmt::Debug for Body {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.dump())
    }
}
