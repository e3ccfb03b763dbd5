//! The only place identifiers and literals become SQL text.
//! Every template filter and every hand-built statement goes through these two
//! functions, so quoting rules live in exactly one spot.

/// Postgres truncates identifiers longer than this many bytes (NAMEDATALEN - 1).
pub const MAX_IDENT_BYTES: usize = 63;

/// Quote an identifier: always double-quoted, embedded quotes doubled.
/// NUL cannot be represented and is refused by validation before this point;
/// it is dropped here so no input can end a statement early.
pub fn quote_ident(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 2);
    out.push('"');
    for ch in name.chars() {
        match ch {
            '"' => out.push_str("\"\""),
            '\0' => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Quote a dotted name (`schema.table`) part by part.
pub fn quote_qualified(parts: &[&str]) -> String {
    parts.iter().map(|p| quote_ident(p)).collect::<Vec<_>>().join(".")
}

/// Quote a string literal. Standard-conforming strings are on in every supported
/// server, so backslashes are literal; we still use the E'' form when a
/// backslash is present so the result is correct even with
/// `standard_conforming_strings = off`.
pub fn quote_literal(value: &str) -> String {
    let has_backslash = value.contains('\\');
    let mut out = String::with_capacity(value.len() + 3);
    if has_backslash {
        out.push('E');
    }
    out.push('\'');
    for ch in value.chars() {
        match ch {
            '\'' => out.push_str("''"),
            '\\' => out.push_str("\\\\"),
            '\0' => {}
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

/// Why a name is not acceptable as a provision identifier.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IdentProblem {
    Empty,
    TooLong(usize),
    BadStart(char),
    BadChar(char),
}

impl std::fmt::Display for IdentProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            IdentProblem::Empty => write!(f, "is empty"),
            IdentProblem::TooLong(n) => write!(f, "is {n} bytes long; PostgreSQL keeps only {MAX_IDENT_BYTES} bytes"),
            IdentProblem::BadStart(c) => write!(f, "starts with {c:?}; names start with a lowercase letter or `_`"),
            IdentProblem::BadChar(c) => write!(f, "contains {c:?}; names use lowercase letters, digits and `_` only"),
        }
    }
}

/// Names in the domain language are lowercase snake_case: they never need
/// quoting to be typed by hand in psql, and they cannot collide by case.
pub fn check_ident(name: &str) -> Result<(), IdentProblem> {
    let mut chars = name.chars();
    let Some(first) = chars.next() else {
        return Err(IdentProblem::Empty);
    };
    if name.len() > MAX_IDENT_BYTES {
        return Err(IdentProblem::TooLong(name.len()));
    }
    if !(first.is_ascii_lowercase() || first == '_') {
        return Err(IdentProblem::BadStart(first));
    }
    for c in chars {
        if !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_') {
            return Err(IdentProblem::BadChar(c));
        }
    }
    Ok(())
}

/// A deterministic name of at most 63 bytes: when `base` is too long it is cut
/// and suffixed with a short hash of the full name, so two long names that
/// share a prefix still differ.
pub fn bounded_name(base: &str) -> String {
    if base.len() <= MAX_IDENT_BYTES {
        return base.to_string();
    }
    let hash = fnv1a(base.as_bytes());
    let suffix = format!("_{:08x}", hash as u32);
    let mut cut = MAX_IDENT_BYTES - suffix.len();
    while !base.is_char_boundary(cut) {
        cut -= 1;
    }
    format!("{}{}", &base[..cut], suffix)
}

pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf29ce484222325;
    for b in bytes {
        hash ^= u64::from(*b);
        hash = hash.wrapping_mul(0x100000001b3);
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_doubles_quotes() {
        assert_eq!(quote_ident(r#"a"b"#), r#""a""b""#);
        assert_eq!(quote_literal("it's"), "'it''s'");
        assert_eq!(quote_literal(r"a\b"), r"E'a\\b'");
        assert_eq!(quote_qualified(&["s", "t"]), r#""s"."t""#);
    }

    #[test]
    fn idents_are_checked() {
        assert!(check_ident("orders_2024").is_ok());
        assert_eq!(check_ident("Orders"), Err(IdentProblem::BadStart('O')));
        assert_eq!(check_ident("a-b"), Err(IdentProblem::BadChar('-')));
        assert!(matches!(check_ident(&"x".repeat(64)), Err(IdentProblem::TooLong(64))));
    }

    #[test]
    fn bounded_names_fit_and_differ() {
        let a = bounded_name(&format!("{}_a", "x".repeat(70)));
        let b = bounded_name(&format!("{}_b", "x".repeat(70)));
        assert!(a.len() <= 63 && b.len() <= 63);
        assert_ne!(a, b);
    }
}
