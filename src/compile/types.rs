//! Column types: the spellings users may write, mapped to the canonical form
//! PostgreSQL's format_type() prints, so compiled and inspected models compare.

use crate::sql::quote_qualified;

/// (accepted spelling, canonical name, takes modifiers, needs extension)
const TYPES: &[(&str, &str, bool, Option<&str>)] = &[
    ("integer", "integer", false, None),
    ("int", "integer", false, None),
    ("int4", "integer", false, None),
    ("bigint", "bigint", false, None),
    ("int8", "bigint", false, None),
    ("smallint", "smallint", false, None),
    ("int2", "smallint", false, None),
    ("text", "text", false, None),
    ("varchar", "character varying", true, None),
    ("character varying", "character varying", true, None),
    ("char", "character", true, None),
    ("character", "character", true, None),
    ("boolean", "boolean", false, None),
    ("bool", "boolean", false, None),
    ("uuid", "uuid", false, None),
    ("json", "json", false, None),
    ("jsonb", "jsonb", false, None),
    ("timestamptz", "timestamp with time zone", true, None),
    ("timestamp with time zone", "timestamp with time zone", true, None),
    ("timestamp", "timestamp without time zone", true, None),
    ("timestamp without time zone", "timestamp without time zone", true, None),
    ("date", "date", false, None),
    ("time", "time without time zone", true, None),
    ("time without time zone", "time without time zone", true, None),
    ("timetz", "time with time zone", true, None),
    ("time with time zone", "time with time zone", true, None),
    ("interval", "interval", false, None),
    ("numeric", "numeric", true, None),
    ("decimal", "numeric", true, None),
    ("real", "real", false, None),
    ("float4", "real", false, None),
    ("double precision", "double precision", false, None),
    ("float8", "double precision", false, None),
    ("double", "double precision", false, None),
    ("bytea", "bytea", false, None),
    ("inet", "inet", false, None),
    ("cidr", "cidr", false, None),
    ("macaddr", "macaddr", false, None),
    ("tsvector", "tsvector", false, None),
    ("tsquery", "tsquery", false, None),
    ("money", "money", false, None),
    ("xml", "xml", false, None),
    ("point", "point", false, None),
    ("int4range", "int4range", false, None),
    ("int8range", "int8range", false, None),
    ("numrange", "numrange", false, None),
    ("tsrange", "tsrange", false, None),
    ("tstzrange", "tstzrange", false, None),
    ("daterange", "daterange", false, None),
    ("oid", "oid", false, None),
    ("bit", "bit", true, None),
    ("varbit", "bit varying", true, None),
    ("citext", "citext", false, Some("citext")),
    ("ltree", "ltree", false, Some("ltree")),
    ("hstore", "hstore", false, Some("hstore")),
];

#[derive(Debug, PartialEq, Eq)]
pub enum TypeError {
    Unknown { suggestion: Option<String> },
    Serial(&'static str),
    NoModifiers(String),
    BadModifiers(String),
    NeedsExtension(&'static str),
}

/// A resolved type: SQL text plus, for user types, the enum it names.
#[derive(Debug, PartialEq, Eq)]
pub struct ResolvedType {
    pub sql: String,
    pub enum_key: Option<String>,
}

/// `lookup_enum(schema_or_none, name)` returns the key ("schema.name") of a visible enum.
pub fn resolve(
    text: &str,
    lookup_enum: &dyn Fn(Option<&str>, &str) -> Option<(String, String)>,
    has_extension: &dyn Fn(&str) -> bool,
    enum_names: &[String],
) -> Result<ResolvedType, TypeError> {
    let mut t = text.trim().to_ascii_lowercase();
    t = t.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut dims = 0;
    while let Some(stripped) = t.strip_suffix("[]") {
        t = stripped.trim_end().to_string();
        dims += 1;
    }
    let (base, mods) = match t.find('(') {
        Some(i) if t.ends_with(')') => (t[..i].trim().to_string(), Some(t[i + 1..t.len() - 1].to_string())),
        Some(_) => return Err(TypeError::BadModifiers(text.to_string())),
        None => (t.clone(), None),
    };
    if matches!(base.as_str(), "serial" | "serial4" | "bigserial" | "serial8" | "smallserial") {
        return Err(TypeError::Serial(if base.starts_with("big") || base == "serial8" { "bigint" } else { "integer" }));
    }
    // PostgreSQL does not record array dimensions: integer[][] is integer[]
    let suffix = if dims > 0 { "[]" } else { "" };
    if let Some((_, canonical, takes_mods, ext)) = TYPES.iter().find(|(spelling, ..)| *spelling == base) {
        if let Some(ext) = ext {
            if !has_extension(ext) {
                return Err(TypeError::NeedsExtension(ext));
            }
        }
        let sql = match mods {
            None => format!("{canonical}{suffix}"),
            Some(m) => {
                if !takes_mods {
                    return Err(TypeError::NoModifiers(canonical.to_string()));
                }
                let parts: Vec<&str> = m.split(',').map(str::trim).collect();
                if parts.is_empty() || parts.len() > 2 || parts.iter().any(|p| p.is_empty() || !p.chars().all(|c| c.is_ascii_digit())) {
                    return Err(TypeError::BadModifiers(text.to_string()));
                }
                let nums: Vec<u64> = parts.iter().map(|p| p.parse().unwrap_or(u64::MAX)).collect();
                let ok = match *canonical {
                    "numeric" => (1..=1000).contains(&nums[0]) && nums.get(1).is_none_or(|s| *s <= nums[0]),
                    c if c.starts_with("time") => nums.len() == 1 && nums[0] <= 6,
                    _ => nums.len() == 1 && (1..=10_485_760).contains(&nums[0]),
                };
                if !ok {
                    return Err(TypeError::BadModifiers(text.to_string()));
                }
                // format_type puts the precision before "with time zone"
                if let Some(rest) = canonical.strip_prefix("timestamp ") {
                    format!("timestamp({}) {rest}{suffix}", parts.join(","))
                } else if let Some(rest) = canonical.strip_prefix("time ") {
                    format!("time({}) {rest}{suffix}", parts.join(","))
                } else {
                    format!("{canonical}({}){suffix}", parts.join(","))
                }
            }
        };
        return Ok(ResolvedType { sql, enum_key: None });
    }
    if mods.is_none() {
        let (schema, name) = match base.split_once('.') {
            Some((s, n)) => (Some(s), n),
            None => (None, base.as_str()),
        };
        if let Some((es, en)) = lookup_enum(schema, name) {
            return Ok(ResolvedType { sql: format!("{}{suffix}", quote_qualified(&[&es, &en])), enum_key: Some(format!("{es}.{en}")) });
        }
    }
    let mut candidates: Vec<&str> = TYPES.iter().map(|(s, ..)| *s).collect();
    candidates.extend(enum_names.iter().map(String::as_str));
    Err(TypeError::Unknown { suggestion: crate::diag::suggest(&base, candidates).map(str::to_string) })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(t: &str) -> Result<ResolvedType, TypeError> {
        let lookup =
            |s: Option<&str>, n: &str| (n == "status" && s.is_none_or(|s| s == "app")).then(|| ("app".to_string(), "status".to_string()));
        resolve(t, &lookup, &|e| e == "citext", &["app.status".to_string()])
    }

    #[test]
    fn canonical_spellings() {
        assert_eq!(r("int").unwrap().sql, "integer");
        assert_eq!(r("VARCHAR(255)").unwrap().sql, "character varying(255)");
        assert_eq!(r("numeric(12, 2)").unwrap().sql, "numeric(12,2)");
        assert_eq!(r("timestamptz").unwrap().sql, "timestamp with time zone");
        assert_eq!(r("timestamptz(3)").unwrap().sql, "timestamp(3) with time zone");
        assert_eq!(r("text[]").unwrap().sql, "text[]");
        assert_eq!(r("status").unwrap().sql, "\"app\".\"status\"");
        assert_eq!(r("citext").unwrap().sql, "citext");
    }

    #[test]
    fn errors() {
        assert_eq!(r("txet"), Err(TypeError::Unknown { suggestion: Some("text".into()) }));
        assert_eq!(r("serial"), Err(TypeError::Serial("integer")));
        assert_eq!(r("uuid(3)"), Err(TypeError::NoModifiers("uuid".into())));
        assert!(matches!(r("ltree"), Err(TypeError::NeedsExtension("ltree"))));
        assert!(matches!(r("varchar(0)"), Err(TypeError::BadModifiers(_))));
        assert!(matches!(r("numeric(5,7)"), Err(TypeError::BadModifiers(_))));
        assert!(matches!(r("timestamptz(9)"), Err(TypeError::BadModifiers(_))));
    }
}
