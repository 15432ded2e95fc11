//! The placeholder macros the lowering leaves in fragments for `emit`.

/// The placeholder macros lowering leaves in fragments for `emit`.
pub mod placeholder {
    pub const RETURN: &str = "__genfn_return";
    pub const TRY: &str = "__genfn_try";
    pub const JUMP: &str = "__genfn_jump";
    pub const RESUME: &str = "__genfn_resume";
    pub const DELEGATE: &str = "__genfn_delegate";
    /// The future of an `.await`: `__genfn_into_future!(operand)`.
    pub const INTO_FUTURE: &str = "__genfn_into_future";
    pub const BOXED: &str = "__genfn_boxed";
    pub const MAYBE_BOXED: &str = "__genfn_maybe_boxed";
    /// The new frame of a recursive call: `__genfn_frame!(arg, ..)`.
    pub const FRAME: &str = "__genfn_frame";
    /// The return value of the frame a recursive call ran.
    pub const RECURSED: &str = "__genfn_recursed";
}

/// The name of a placeholder macro, if `mac` is one.
pub fn placeholder_name(mac: &syn::Macro) -> Option<String> {
    let ident = mac.path.get_ident()?.to_string();
    ident.starts_with("__genfn_").then_some(ident)
}
