//! How every phase reports errors: it collects them in a `Diagnostics` and
//! ends with `finish`, which combines them, in the order they were found,
//! into one `syn::Error` (rustc then shows each at its own span).

/// The errors a phase has found so far.
#[derive(Default)]
pub struct Diagnostics(Vec<syn::Error>);

impl Diagnostics {
    pub fn push(&mut self, e: syn::Error) {
        self.0.push(e);
    }

    pub fn extend(&mut self, errors: impl IntoIterator<Item = syn::Error>) {
        self.0.extend(errors);
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// All the errors as one, if there is any.
    pub fn into_error(self) -> Option<syn::Error> {
        self.0.into_iter().reduce(|mut all, e| {
            all.combine(e);
            all
        })
    }

    /// `Err` with all the errors, or `Ok` if there is none.
    pub fn finish(self) -> syn::Result<()> {
        match self.into_error() {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }
}
