use proc_macro::TokenStream;
#[proc_macro_attribute]
pub fn generator(_a: TokenStream, i: TokenStream) -> TokenStream { i }
#[proc_macro]
pub fn gen(i: TokenStream) -> TokenStream { i }
