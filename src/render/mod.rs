//! The only place SQL text is produced: minijinja templates, strict about
//! undefined values and about interpolation. A value reaches SQL only through
//! `ident`, `literal`, `keyword` or (for fields that are SQL by definition) `sql`;
//! anything else is an error, not an injection.
//!
//! Templates are embedded; a project's `templates/` directory overrides any of
//! them by name through the same loader (the override is looked up first).

mod embedded;

use crate::sql::{quote_ident, quote_literal};
use minijinja::value::ValueKind;
use minijinja::{AutoEscape, Environment, Error, ErrorKind, UndefinedBehavior, Value};
use std::path::{Path, PathBuf};

pub use embedded::TEMPLATES;

#[derive(Debug, thiserror::Error)]
#[error("template {template}: {message}")]
pub struct RenderError {
    pub template: String,
    pub message: String,
}

pub struct Renderer {
    env: Environment<'static>,
}

/// Words a template may emit unquoted. Anything else must be an identifier or literal.
const KEYWORDS: &[&str] = &[
    "all",
    "select",
    "insert",
    "update",
    "delete",
    "truncate",
    "references",
    "trigger",
    "usage",
    "create",
    "execute",
    "connect",
    "temporary",
    "before",
    "after",
    "instead of",
    "row",
    "statement",
    "cascade",
    "restrict",
    "no action",
    "set null",
    "set default",
    "btree",
    "gin",
    "gist",
    "brin",
    "hash",
    "spgist",
    "range",
    "list",
    "tables",
    "sequences",
    "functions",
    "types",
    "table",
    "sequence",
    "function",
    "schema",
    "type",
    "volatile",
    "stable",
    "immutable",
    "sql",
    "plpgsql",
    "asc",
    "desc",
    "nulls first",
    "nulls last",
    "asc nulls first",
    "asc nulls last",
    "desc nulls first",
    "desc nulls last",
    "transaction",
    "none",
];

impl Renderer {
    /// `overrides`: a project's templates/ directory, consulted first.
    pub fn new(overrides: Option<&Path>) -> Renderer {
        let mut env = Environment::new();
        env.set_undefined_behavior(UndefinedBehavior::Strict);
        env.set_trim_blocks(true);
        env.set_lstrip_blocks(true);
        env.set_keep_trailing_newline(true);
        env.set_auto_escape_callback(|_| AutoEscape::Custom("sql"));
        env.set_formatter(|out, _state, value| {
            if value.is_safe() || matches!(value.kind(), ValueKind::Number | ValueKind::Bool) {
                write!(out, "{value}").map_err(Error::from)
            } else {
                Err(Error::new(
                    ErrorKind::InvalidOperation,
                    format!(
                        "refusing to interpolate {:?} as raw SQL: pass it through |ident, |literal, |keyword or |sql",
                        value.to_string()
                    ),
                ))
            }
        });
        env.remove_filter("safe");
        env.remove_filter("escape");
        env.remove_filter("e");
        env.add_filter("ident", ident);
        env.add_filter("idents", idents);
        env.add_filter("literal", literal);
        env.add_filter("literals", literals);
        env.add_filter("sql", |v: String| Value::from_safe_string(v));
        env.add_filter("keyword", keyword);
        env.add_filter("keywords", keywords);
        env.add_filter("roles", roles);
        env.add_filter("signature", signature);
        env.add_filter("dollar", dollar);
        env.add_filter("comment", comment);
        let dir: Option<PathBuf> = overrides.map(Path::to_path_buf);
        env.set_loader(move |name| {
            if let Some(dir) = &dir {
                // the override must be a plain file name: no paths, no hidden files
                if !name.contains(['/', '\\']) && !name.starts_with('.') {
                    match std::fs::read_to_string(dir.join(name)) {
                        Ok(text) => return Ok(Some(text)),
                        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                        Err(e) => {
                            return Err(Error::new(ErrorKind::InvalidOperation, format!("cannot read override template {name}: {e}")))
                        }
                    }
                }
            }
            Ok(TEMPLATES.iter().find(|(n, _)| *n == name).map(|(_, t)| t.to_string()))
        });
        Renderer { env }
    }

    pub fn render<S: serde::Serialize>(&self, template: &str, ctx: &S) -> Result<String, RenderError> {
        let err = |e: Error| {
            let mut message = e.to_string();
            let mut src = std::error::Error::source(&e);
            while let Some(s) = src {
                message.push_str(&format!(": {s}"));
                src = s.source();
            }
            RenderError { template: template.to_string(), message }
        };
        let t = self.env.get_template(template).map_err(err)?;
        t.render(Value::from_serialize(ctx)).map_err(err)
    }

    pub fn render_value(&self, template: &str, ctx: Value) -> Result<String, RenderError> {
        let err = |e: Error| RenderError { template: template.to_string(), message: e.to_string() };
        let t = self.env.get_template(template).map_err(err)?;
        t.render(ctx).map_err(err)
    }
}

fn as_strings(v: &Value) -> Result<Vec<String>, Error> {
    if let Some(s) = v.as_str() {
        return Ok(vec![s.to_string()]);
    }
    let mut out = Vec::new();
    for item in v.try_iter()? {
        match item.as_str() {
            Some(s) => out.push(s.to_string()),
            None => return Err(Error::new(ErrorKind::InvalidOperation, format!("expected a name, found {item}"))),
        }
    }
    Ok(out)
}

/// `"a"` or `["schema", "table"]` → a quoted (qualified) identifier.
fn ident(v: Value) -> Result<Value, Error> {
    let parts = as_strings(&v)?;
    Ok(Value::from_safe_string(parts.iter().map(|p| quote_ident(p)).collect::<Vec<_>>().join(".")))
}

/// A list of names → `"a", "b"`.
fn idents(v: Value) -> Result<Value, Error> {
    Ok(Value::from_safe_string(as_strings(&v)?.iter().map(|p| quote_ident(p)).collect::<Vec<_>>().join(", ")))
}

fn literal_of(v: &Value) -> Result<String, Error> {
    if v.is_none() || v.is_undefined() {
        return Ok("NULL".into());
    }
    match v.kind() {
        ValueKind::String => Ok(quote_literal(v.as_str().unwrap_or_default())),
        ValueKind::Number | ValueKind::Bool => Ok(quote_literal(&v.to_string())),
        _ => Err(Error::new(ErrorKind::InvalidOperation, format!("cannot make a SQL literal of {v}"))),
    }
}

fn literal(v: Value) -> Result<Value, Error> {
    literal_of(&v).map(Value::from_safe_string)
}

fn literals(v: Value) -> Result<Value, Error> {
    let mut out = Vec::new();
    for item in v.try_iter()? {
        out.push(literal_of(&item)?);
    }
    Ok(Value::from_safe_string(out.join(", ")))
}

fn keyword_of(s: &str) -> Result<String, Error> {
    let lower = s.trim().to_ascii_lowercase();
    if KEYWORDS.contains(&lower.as_str()) {
        Ok(lower.to_ascii_uppercase())
    } else {
        Err(Error::new(ErrorKind::InvalidOperation, format!("{s:?} is not an allowed SQL keyword here")))
    }
}

fn keyword(v: String) -> Result<Value, Error> {
    keyword_of(&v).map(Value::from_safe_string)
}

fn keywords(v: Value) -> Result<Value, Error> {
    let words = as_strings(&v)?;
    let mut out = Vec::new();
    for w in words {
        out.push(keyword_of(&w)?);
    }
    Ok(Value::from_safe_string(out.join(", ")))
}

/// Role lists for GRANT/POLICY: `public` is the keyword PUBLIC, others are quoted.
fn roles(v: Value) -> Result<Value, Error> {
    let names = as_strings(&v)?;
    Ok(Value::from_safe_string(
        names.iter().map(|n| if n == "public" { "PUBLIC".to_string() } else { quote_ident(n) }).collect::<Vec<_>>().join(", "),
    ))
}

/// `name(args)` → `"name"(args)`: the argument list is SQL by definition.
fn signature(v: String) -> Result<Value, Error> {
    let (name, rest) =
        v.split_once('(').ok_or_else(|| Error::new(ErrorKind::InvalidOperation, format!("not a function signature: {v}")))?;
    Ok(Value::from_safe_string(format!("{}({rest}", quote_ident(name))))
}

/// A function body in dollar quotes whose tag does not occur in the body.
fn dollar(v: String) -> Value {
    let mut tag = "$body$".to_string();
    let mut n = 0;
    while v.contains(&tag) {
        n += 1;
        tag = format!("$body{n}$");
    }
    let body = if v.ends_with('\n') { v } else { format!("{v}\n") };
    Value::from_safe_string(format!("{tag}\n{body}{tag}"))
}

/// Free text for a `--` comment: one line, so it cannot end the comment.
fn comment(v: Value) -> Value {
    let s = v.to_string();
    Value::from_safe_string(s.chars().map(|c| if c == '\n' || c == '\r' { ' ' } else { c }).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_strings_are_refused() {
        let r = Renderer::new(None);
        let mut env = r.env.clone();
        env.add_template("t.sql.j2", "SELECT {{ x }}").unwrap();
        let err = env.get_template("t.sql.j2").unwrap().render(minijinja::context! { x => "1; DROP TABLE t" }).unwrap_err();
        assert!(err.to_string().contains("refusing to interpolate"), "{err}");
        // `safe` is removed, so nobody can bypass the check
        env.add_template("u.sql.j2", "SELECT {{ x|safe }}").unwrap();
        let err = env.get_template("u.sql.j2").unwrap().render(minijinja::context! { x => "1" }).unwrap_err();
        assert!(err.to_string().contains("unknown filter"), "{err}");
    }

    #[test]
    fn filters_quote() {
        assert_eq!(ident(Value::from("a\"b")).unwrap().to_string(), "\"a\"\"b\"");
        assert_eq!(literal(Value::from("it's")).unwrap().to_string(), "'it''s'");
        assert_eq!(dollar("x $body$ y".into()).to_string(), "$body1$\nx $body$ y\n$body1$");
        assert!(keyword("drop table".into()).is_err());
        assert_eq!(signature("f(uuid)".into()).unwrap().to_string(), "\"f\"(uuid)");
    }
}
