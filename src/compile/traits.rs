//! Trait expansion: a trait body is YAML whose strings are minijinja templates.
//! We render every key and value for one table, then decode the result with the
//! same decoder tables use, so traits can do anything a table can.

use crate::diag::{Diagnostics, Pos};
use crate::spec::yaml::{YKey, YNode, YValue};
use minijinja::{Environment, UndefinedBehavior, Value};

/// The trait environment, with every template string of `bodies` compiled
/// once up front: a trait is expanded once per table that uses it, and
/// parsing its templates again each time was most of the cost of compiling a
/// large model.
pub fn environment<'a>(bodies: impl Iterator<Item = &'a YNode>) -> Environment<'static> {
    let mut env = Environment::new();
    env.set_auto_escape_callback(|_| minijinja::AutoEscape::None);
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_keep_trailing_newline(true);
    env.add_filter("ident", |v: String| crate::sql::quote_ident(&v));
    env.add_filter("literal", |v: String| crate::sql::quote_literal(&v));
    // lets a trait refuse bad parameters with its own message
    env.add_function("fail", |msg: String| -> Result<String, minijinja::Error> {
        Err(minijinja::Error::new(minijinja::ErrorKind::InvalidOperation, msg))
    });
    let mut templates = Vec::new();
    for body in bodies {
        collect_templates(body, &mut templates);
    }
    for text in templates {
        // one that does not compile is compiled again where it is used, which reports it with its position
        let _ = env.add_template_owned(text.clone(), text);
    }
    env
}

fn is_template(text: &str) -> bool {
    text.contains("{{") || text.contains("{%")
}

fn collect_templates(node: &YNode, out: &mut Vec<String>) {
    match &node.value {
        YValue::Scalar { text, .. } if is_template(text) => out.push(text.clone()),
        YValue::Scalar { .. } => {}
        YValue::Seq(items) => items.iter().for_each(|n| collect_templates(n, out)),
        YValue::Map(entries) => {
            for (k, v) in entries {
                if is_template(&k.name) {
                    out.push(k.name.clone());
                }
                collect_templates(v, out);
            }
        }
    }
}

/// Render all strings of `node`; a value rendering to "" becomes null (absent).
pub fn render_node(env: &Environment, node: &YNode, ctx: &Value, d: &mut Diagnostics) -> YNode {
    let value = match &node.value {
        YValue::Scalar { text, plain } => {
            let rendered = render_str(env, text, ctx, &node.pos, d);
            if rendered.trim().is_empty() && !text.trim().is_empty() {
                YValue::Scalar { text: String::new(), plain: true }
            } else {
                YValue::Scalar { text: rendered, plain: *plain }
            }
        }
        YValue::Seq(items) => YValue::Seq(items.iter().map(|n| render_node(env, n, ctx, d)).collect()),
        YValue::Map(entries) => YValue::Map(
            entries
                .iter()
                .map(|(k, v)| {
                    let name = render_str(env, &k.name, ctx, &k.pos, d);
                    (YKey { name, pos: k.pos.clone() }, render_node(env, v, ctx, d))
                })
                .collect(),
        ),
    };
    YNode { pos: node.pos.clone(), value }
}

fn render_str(env: &Environment, text: &str, ctx: &Value, pos: &Pos, d: &mut Diagnostics) -> String {
    if !is_template(text) {
        return text.to_string();
    }
    let rendered = match env.get_template(text) {
        Ok(t) => t.render(ctx.clone()),
        Err(_) => env.render_str(text, ctx.clone()),
    };
    match rendered {
        Ok(s) => s,
        Err(e) => {
            let msg = match (e.kind(), e.detail()) {
                (minijinja::ErrorKind::InvalidOperation, Some(detail)) => detail.to_string(),
                (kind, Some(detail)) => format!("{kind}: {detail}"),
                (kind, None) => kind.to_string(),
            };
            d.error("PC216", Some(pos), format!("trait template error: {msg}"))
                .set_hint("trait strings may use table, schema, module, tenant.* and params.*");
            text.to_string()
        }
    }
}

/// Every position in `node` replaced by `pos`: errors inside a built-in trait
/// point at the `traits:` entry that used it, which the user can change.
pub fn relocate(node: &YNode, pos: &Pos) -> YNode {
    let value = match &node.value {
        YValue::Scalar { .. } => node.value.clone(),
        YValue::Seq(items) => YValue::Seq(items.iter().map(|n| relocate(n, pos)).collect()),
        YValue::Map(entries) => {
            YValue::Map(entries.iter().map(|(k, v)| (YKey { name: k.name.clone(), pos: pos.clone() }, relocate(v, pos))).collect())
        }
    };
    YNode { pos: pos.clone(), value }
}

/// YAML → JSON-like value for template parameters.
pub fn to_value(node: &YNode) -> serde_json::Value {
    match &node.value {
        _ if node.is_null() => serde_json::Value::Null,
        YValue::Scalar { text, plain } => {
            if *plain {
                match text.as_str() {
                    "true" => return serde_json::Value::Bool(true),
                    "false" => return serde_json::Value::Bool(false),
                    _ => {}
                }
                if let Ok(i) = text.parse::<i64>() {
                    return serde_json::Value::from(i);
                }
            }
            serde_json::Value::String(text.clone())
        }
        YValue::Seq(items) => serde_json::Value::Array(items.iter().map(to_value).collect()),
        YValue::Map(entries) => serde_json::Value::Object(entries.iter().map(|(k, v)| (k.name.clone(), to_value(v))).collect()),
    }
}
