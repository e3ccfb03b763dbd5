//! Partition maintenance for interval-partitioned tables: which partitions to
//! create (from the current interval through `premake` ahead) and which to
//! retire (entirely older than `retention` intervals). Pure: it takes the model,
//! the partitions that exist and today's date, and returns actions.

use crate::compile::dates::{self, Date};
use crate::model::DatabaseModel;
use serde::Serialize;

/// A partition as it exists in the database.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Existing {
    pub name: String,
    /// Range bounds as dates, when the partition is a plain date range.
    pub range: Option<(Date, Date)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "action", rename_all = "snake_case")]
pub enum Action {
    Create { schema: String, table: String, partition: String, from: String, to: String },
    Detach { schema: String, table: String, partition: String, drop: bool },
}

impl Action {
    pub fn table(&self) -> String {
        match self {
            Action::Create { schema, table, .. } | Action::Detach { schema, table, .. } => format!("{schema}.{table}"),
        }
    }
}

/// Actions for every interval-partitioned table of `model`; `existing` maps
/// `schema.table` to its partitions.
pub fn plan(model: &DatabaseModel, existing: &dyn Fn(&str) -> Vec<Existing>, today: Date) -> Vec<Action> {
    let mut out = Vec::new();
    for t in model.tables.values() {
        let Some(p) = &t.partition else { continue };
        let Some(interval) = p.interval.as_deref() else { continue };
        let have = existing(&t.key());
        let premake = p.premake.unwrap_or(3).max(0);
        let mut cur = dates::align(today, interval);
        for _ in 0..=premake {
            let nxt = dates::next(cur, interval);
            let name = crate::sql::bounded_name(&format!("{}_{}", t.name, dates::suffix(cur, interval)));
            // skip when a partition of that name exists or another one already covers the range
            let covered = have.iter().any(|e| e.name == name || e.range.is_some_and(|(f, to)| f < nxt && cur < to));
            if !covered {
                out.push(Action::Create {
                    schema: t.schema.clone(),
                    table: t.name.clone(),
                    partition: name,
                    from: cur.iso(),
                    to: nxt.iso(),
                });
            }
            cur = nxt;
        }
        if let Some(keep) = p.retention {
            // the oldest interval still kept: `keep` intervals back from the current one
            let mut oldest = dates::align(today, interval);
            for _ in 1..keep.max(1) {
                oldest = previous(oldest, interval);
            }
            let drop = p.retention_action.as_deref() != Some("detach");
            for e in &have {
                if let Some((_, to)) = e.range {
                    if to <= oldest {
                        out.push(Action::Detach { schema: t.schema.clone(), table: t.name.clone(), partition: e.name.clone(), drop });
                    }
                }
            }
        }
    }
    out
}

fn previous(d: Date, interval: &str) -> Date {
    match interval {
        "day" => Date::from_days(d.days() - 1),
        "week" => Date::from_days(d.days() - 7),
        "month" => d.add_months(-1),
        "quarter" => d.add_months(-3),
        _ => d.add_months(-12),
    }
}

/// `FOR VALUES FROM ('2026-01-01') TO ('2026-02-01')` (as pg_get_expr prints it,
/// possibly with a time part) → the two dates.
pub fn parse_range_bound(bound: &str) -> Option<(Date, Date)> {
    let from = bound.split("FROM ('").nth(1)?.split('\'').next()?;
    let to = bound.split("TO ('").nth(1)?.split('\'').next()?;
    Some((Date::parse(from.get(..10)?)?, Date::parse(to.get(..10)?)?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;

    fn model() -> DatabaseModel {
        let mut m = DatabaseModel::empty("main");
        let t = Table {
            schema: "app".into(),
            name: "events".into(),
            columns: vec![],
            primary_key: None,
            uniques: vec![],
            checks: vec![],
            foreign_keys: vec![],
            indexes: vec![],
            partition: Some(Partitioning {
                strategy: "range".into(),
                key: vec!["at".into()],
                interval: Some("month".into()),
                premake: Some(2),
                retention: Some(3),
                retention_action: Some("drop".into()),
                children: vec![],
            }),
            rls: Rls::default(),
            policies: vec![],
            triggers: vec![],
            comment: None,
            rows: vec![],
            tenant_scoped: false,
            renamed_from: Default::default(),
            origin: Default::default(),
        };
        m.tables.insert(t.key(), t);
        m
    }

    #[test]
    fn creates_ahead_and_retires_behind_once() {
        let today = Date::parse("2026-11-22").unwrap();
        let have = |_: &str| {
            ["2026-07", "2026-08", "2026-09", "2026-10", "2026-11"]
                .iter()
                .map(|m| {
                    let f = Date::parse(&format!("{m}-01")).unwrap();
                    Existing { name: format!("events_p{}", m.replace('-', "")), range: Some((f, f.add_months(1))) }
                })
                .collect()
        };
        let actions = plan(&model(), &have, today);
        let created: Vec<String> =
            actions.iter().filter_map(|a| if let Action::Create { partition, .. } = a { Some(partition.clone()) } else { None }).collect();
        assert_eq!(created, vec!["events_p202612", "events_p202701"]);
        let retired: Vec<String> =
            actions.iter().filter_map(|a| if let Action::Detach { partition, .. } = a { Some(partition.clone()) } else { None }).collect();
        // keep 3 months: September, October, November
        assert_eq!(retired, vec!["events_p202607", "events_p202608"]);
        assert_eq!(
            parse_range_bound("FOR VALUES FROM ('2026-01-01') TO ('2026-02-01')"),
            Some((Date::parse("2026-01-01").unwrap(), Date::parse("2026-02-01").unwrap()))
        );
        assert_eq!(
            parse_range_bound("FOR VALUES FROM ('2026-01-01 00:00:00+00') TO ('2026-02-01 00:00:00+00')").map(|r| r.1.iso()),
            Some("2026-02-01".to_string())
        );
    }
}
