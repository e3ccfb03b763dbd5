//! The proof behind `verify --isolation`: two throwaway tenants get a row in
//! every tenant-scoped table, then the application role, acting as tenant A,
//! tries to read, write, move and delete tenant B's rows. Everything happens in
//! one transaction that is always rolled back. Reports what it saw; never prints.

use super::{describe, sql_error, DbError};
use crate::compile::Tenancy;
use crate::model::{qkey, Column, DatabaseModel, Enum, PartitionBound, Table};
use crate::sql::{quote_ident, quote_qualified};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use std::future::Future;
use std::pin::Pin;
use tokio_postgres::types::{FromSql, ToSql};
use tokio_postgres::{Client, Row, Transaction};

/// What the proof established about one database.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct IsolationReport {
    /// Tables whose tenant-B rows were probed as tenant A.
    pub tested: Vec<String>,
    /// Tables that could not be probed, and why. Not a failure.
    pub not_tested: Vec<(String, String)>,
    /// Isolation breaches: what the application role could do across tenants.
    pub findings: Vec<String>,
    /// Observations that are not breaches: a privilege the role lacks, a probe
    /// that ended for an unrelated reason.
    pub notes: Vec<String>,
}

impl IsolationReport {
    pub fn is_clean(&self) -> bool {
        self.findings.is_empty()
    }
}

/// Proves on a live database that `app_role` cannot cross from one tenant to
/// another. The connecting role inserts the test rows, so it must be able to
/// (a superuser, or the owner of the tables) and must be allowed to
/// `SET ROLE app_role`. Nothing is left behind, except sequence values that
/// inserts consumed (sequences are not transactional).
pub async fn prove(client: &mut Client, model: &DatabaseModel, tenancy: &Tenancy, app_role: &str) -> Result<IsolationReport, DbError> {
    let tx = client.transaction().await.map_err(sql_error("starting the isolation proof"))?;
    let mut prover = Prover::new(&tx, model, tenancy, app_role);
    let outcome = prover.run().await;
    let mut report = std::mem::take(&mut prover.report);
    drop(prover);
    report.tested.sort();
    report.not_tested.sort();
    let rolled_back = tx.rollback().await.map_err(sql_error("rolling back the isolation proof"));
    outcome?;
    rolled_back?;
    Ok(report)
}

const LETTERS: [char; 2] = ['a', 'b'];
/// How many non-tenant parents deep a made-up row may reach.
const MAX_PARENT_DEPTH: usize = 4;
const STEP: &str = "provision_isolation_step";
const PAIR: &str = "provision_isolation_pair";

/// Column values as their text form, as read back with `::text`.
type RowValues = BTreeMap<String, Option<String>>;

/// A value for one column, always cast to the column's type.
#[derive(Debug, Clone, PartialEq)]
enum Value {
    /// Text bound as a parameter (`$n::text::<type>`).
    Text(Option<String>),
    /// An expression written by this module, or a default from the model
    /// (SQL by definition); never data.
    Expr(String),
}

/// What kind of made-up value a column type takes.
#[derive(Debug, Clone, PartialEq)]
enum Kind {
    Text {
        max: Option<usize>,
    },
    Number,
    Bool,
    Uuid,
    Timestamp,
    Date,
    Time,
    Interval,
    Json,
    EmptyArray,
    Inet,
    Bytea,
    TsVector,
    /// An enum: its first label.
    Label(String),
}

/// The shape of a made-up string, guessed from the table's checks.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Style {
    Lower,
    Upper,
    Email,
}

/// A statement the server refused.
#[derive(Debug)]
struct Refusal {
    code: String,
    message: String,
}

impl Refusal {
    fn by_policy(&self) -> bool {
        self.code == "42501" && self.message.contains("row-level security")
    }

    fn by_privilege(&self) -> bool {
        self.code == "42501" && !self.by_policy()
    }

    /// Integrity errors (NOT NULL, CHECK, unique, foreign key) are raised after
    /// the row-level security check: the row had already passed it.
    fn after_policy(&self) -> bool {
        self.code.starts_with("23")
    }
}

fn get<'r, T: FromSql<'r>>(row: &'r Row, idx: usize, what: &str) -> Result<T, DbError> {
    row.try_get(idx).map_err(sql_error(format!("reading {what}")))
}

struct Prover<'a> {
    tx: &'a Transaction<'a>,
    model: &'a DatabaseModel,
    tenancy: &'a Tenancy,
    app_role: &'a str,
    root_key: String,
    /// Makes made-up strings unique against rows already in the database.
    nonce: String,
    /// The tenant keys of A and B.
    ids: [String; 2],
    /// Rows made for A and B, per table (the root included).
    rows: HashMap<String, [Option<RowValues>; 2]>,
    /// One row of each non-tenant table a made-up row points at, shared by both tenants.
    shared: HashMap<String, Option<RowValues>>,
    /// Value kind per column type; None when no value can be made up.
    kinds: HashMap<String, Option<Kind>>,
    report: IsolationReport,
}

impl<'a> Prover<'a> {
    fn new(tx: &'a Transaction<'a>, model: &'a DatabaseModel, tenancy: &'a Tenancy, app_role: &'a str) -> Self {
        Prover {
            tx,
            model,
            tenancy,
            app_role,
            root_key: qkey(&tenancy.root_schema, &tenancy.root_table),
            nonce: String::new(),
            ids: [String::new(), String::new()],
            rows: HashMap::new(),
            shared: HashMap::new(),
            kinds: HashMap::new(),
            report: IsolationReport::default(),
        }
    }

    async fn run(&mut self) -> Result<(), DbError> {
        let model = self.model;
        let nonce = self.query("SELECT substr(md5(random()::text), 1, 6)", &[], "making a nonce").await?;
        self.nonce = match nonce.first() {
            Some(r) => get(r, 0, "the nonce")?,
            None => "0".into(),
        };
        let role_exists = self.check_role().await?;

        let root = model.tables.get(&self.root_key);
        let mut candidates: Vec<&'a Table> = Vec::new();
        match root {
            Some(r) if r.rls.enabled => candidates.push(r),
            Some(r) => self.not_tested(r.key(), "the tenant root has no row-level security in the model: every tenant may see it"),
            None => {}
        }
        candidates.extend(model.tables.values().filter(|t| t.tenant_scoped && t.key() != self.root_key));
        let present = self.check_tables(&candidates).await?;
        if !role_exists {
            for t in &present {
                self.not_tested(t.key(), "the application role does not exist");
            }
            return Ok(());
        }
        if let Err(reason) = self.make_tenants().await? {
            for t in &present {
                self.not_tested(t.key(), &reason);
            }
            return Ok(());
        }
        let scoped: Vec<&'a Table> = present.iter().copied().filter(|t| t.key() != self.root_key).collect();
        let order = dependency_order(&scoped);
        for t in &order {
            self.seed(t).await?;
        }

        self.batch(
            &format!("SET LOCAL ROLE {}", quote_ident(self.app_role)),
            &format!("SET ROLE {} (the connecting role must be a member of it)", self.app_role),
        )
        .await?;
        let a = self.ids[0].clone();
        self.set_setting(&a).await?;
        let root_key = self.root_key.clone();
        let probed: Vec<&'a Table> = present.iter().copied().filter(|t| t.key() == root_key).chain(order.iter().copied()).collect();
        let tenancy = self.tenancy;
        for t in probed {
            let both = self.rows.get(&t.key()).is_some_and(|r| r[0].is_some() && r[1].is_some());
            if !both {
                continue;
            }
            let key = if t.key() == root_key { &tenancy.root_pk } else { &tenancy.key };
            self.probe(t, key).await?;
        }
        self.batch("RESET ROLE", "RESET ROLE").await
    }

    // ---- step 1: the role and the catalog ----

    /// Returns whether the role exists.
    async fn check_role(&mut self) -> Result<bool, DbError> {
        let app = self.app_role;
        let rows = self
            .query("SELECT rolsuper, rolbypassrls FROM pg_catalog.pg_roles WHERE rolname = $1", &[&app], "reading the application role")
            .await?;
        let Some(row) = rows.first() else {
            self.finding(format!("the application role `{app}` does not exist"));
            return Ok(false);
        };
        if get::<bool>(row, 0, "rolsuper")? {
            self.finding(format!(
                "`{app}` is a superuser: superusers bypass row-level security, so no policy separates one tenant from another"
            ));
        }
        if get::<bool>(row, 1, "rolbypassrls")? {
            self.finding(format!("`{app}` has BYPASSRLS: it bypasses row-level security, so no policy separates one tenant from another"));
        }
        let rows = self
            .query(
                "SELECT r.rolname::text, r.rolsuper FROM pg_catalog.pg_roles r
                  WHERE r.rolname <> $1 AND (r.rolsuper OR r.rolbypassrls) AND pg_catalog.pg_has_role($1, r.oid, 'MEMBER')
                  ORDER BY 1",
                &[&app],
                "reading the memberships of the application role",
            )
            .await?;
        for row in &rows {
            let name: String = get(row, 0, "role name")?;
            let what = if get::<bool>(row, 1, "rolsuper")? { "is a superuser" } else { "has BYPASSRLS" };
            self.finding(format!("`{app}` is a member of `{name}`, which {what}: after SET ROLE {name} it bypasses row-level security"));
        }
        Ok(true)
    }

    /// Ownership and RLS flags of the tables under test; returns those that exist.
    async fn check_tables(&mut self, tables: &[&'a Table]) -> Result<Vec<&'a Table>, DbError> {
        let names: Vec<String> = tables.iter().map(|t| quote_qualified(&[&t.schema, &t.name])).collect();
        let app = self.app_role;
        let rows = self
            .query(
                "SELECT c.oid IS NOT NULL, coalesce(pg_catalog.pg_get_userbyid(c.relowner)::text, ''),
                        coalesce(c.relrowsecurity, false), coalesce(c.relforcerowsecurity, false),
                        EXISTS (SELECT 1 FROM pg_catalog.pg_roles r
                                 WHERE r.rolname = $2 AND pg_catalog.pg_has_role(r.oid, c.relowner, 'MEMBER'))
                   FROM unnest($1::text[]) WITH ORDINALITY AS t(name, i)
                   LEFT JOIN pg_catalog.pg_class c ON c.oid = pg_catalog.to_regclass(t.name)
                  ORDER BY t.i",
                &[&names, &app],
                "reading the tenant-scoped tables",
            )
            .await?;
        let mut present = Vec::new();
        for (table, row) in tables.iter().zip(&rows) {
            let name = table.key();
            if !get::<bool>(row, 0, "table presence")? {
                self.not_tested(name, "not in the database (apply pending migrations first)");
                continue;
            }
            let owner: String = get(row, 1, "owner")?;
            let (enabled, forced, owned): (bool, bool, bool) =
                (get(row, 2, "relrowsecurity")?, get(row, 3, "relforcerowsecurity")?, get(row, 4, "ownership")?);
            if owned {
                let who = if owner == app {
                    format!("is owned by `{app}`")
                } else {
                    format!("is owned by `{owner}`, and `{app}` is a member of it")
                };
                let consequence = if forced {
                    "its owner can switch row-level security off (ALTER TABLE … NO FORCE / DISABLE ROW LEVEL SECURITY)"
                } else {
                    "without FORCE ROW LEVEL SECURITY its owner bypasses every policy"
                };
                self.finding(format!("{name} {who}: {consequence}"));
            }
            if !enabled {
                self.finding(format!("{name}: row-level security is not enabled, so its policies are not applied"));
            }
            present.push(*table);
        }
        Ok(present)
    }

    // ---- step 2: the tenants ----

    async fn make_tenants(&mut self) -> Result<Result<(), String>, DbError> {
        let model = self.model;
        let Some(root) = model.tables.get(&self.root_key) else {
            // the root lives in another logical database: tenant keys are made up
            let kind = classify(&self.tenancy.key_type, model);
            for (t, letter) in LETTERS.iter().enumerate() {
                let value = match &kind {
                    Some(Kind::Number) => Value::Expr("1000000000 + floor(random() * 1000000000)::int".into()),
                    Some(k) => sample(k, Style::Lower, *letter, 0, &self.nonce),
                    None => return Ok(Err(format!("cannot make up tenant keys of type {}", self.tenancy.key_type))),
                };
                match self.eval_text(&value, &self.tenancy.key_type).await? {
                    Ok(id) => self.ids[t] = id,
                    Err(r) => return Ok(Err(format!("cannot make up a tenant key: {}", r.message))),
                }
            }
            self.note(format!("the tenant root {} is not in this database: tenant keys were made up", self.root_key));
            return Ok(Ok(()));
        };
        let Some(pk) = root.column(&self.tenancy.root_pk) else {
            return Ok(Err(format!("the tenant root {} has no column {}", self.root_key, self.tenancy.root_pk)));
        };
        self.prepare(root, 0).await?;
        let mut made: [Option<RowValues>; 2] = [None, None];
        for t in 0..2 {
            // the root's own policy compares its key with the setting, so the key comes first
            let value = if let Some(d) = &pk.default {
                Value::Expr(d.clone())
            } else if pk.identity.is_some() {
                Value::Expr(format!(
                    "pg_catalog.nextval(pg_catalog.pg_get_serial_sequence({}, {}))",
                    crate::sql::quote_literal(&quote_qualified(&[&root.schema, &root.name])),
                    crate::sql::quote_literal(&pk.name)
                ))
            } else {
                match self.kinds.get(&pk.type_).cloned().flatten() {
                    Some(k) => sample(&k, text_style(root, pk), LETTERS[t], 0, &self.nonce),
                    None => return Ok(Err(format!("cannot make up a tenant key of type {}", pk.type_))),
                }
            };
            let id = match self.eval_text(&value, &pk.type_).await? {
                Ok(id) => id,
                Err(r) => return Ok(Err(format!("cannot make up a tenant key: {}", r.message))),
            };
            self.set_setting(&id).await?;
            let mut reasons = Vec::new();
            for fill_all in [false, true] {
                let preset = BTreeMap::from([(pk.name.clone(), Value::Text(Some(id.clone())))]);
                let reason = match self.build_row(root, Some(t), fill_all, preset) {
                    Err(reason) => reason,
                    Ok(vals) => match self.insert(root, &vals).await? {
                        Ok(row) => {
                            made[t] = Some(row);
                            break;
                        }
                        Err(r) => r.message,
                    },
                };
                remember(&mut reasons, reason);
            }
            let Some(row) = &made[t] else {
                return Ok(Err(format!("cannot insert tenant {} into {}: {}", LETTERS[t], self.root_key, explain(&reasons))));
            };
            self.ids[t] = row.get(&pk.name).cloned().flatten().unwrap_or(id);
        }
        self.rows.insert(self.root_key.clone(), made);
        Ok(Ok(()))
    }

    // ---- step 3: one row per tenant in every tenant-scoped table ----

    async fn seed(&mut self, table: &'a Table) -> Result<(), DbError> {
        let name = table.key();
        if table.column(&self.tenancy.key).is_none() {
            self.not_tested(name, format!("has no tenant key column {}", self.tenancy.key));
            return Ok(());
        }
        self.prepare(table, 0).await?;
        // a trigger on an earlier table may have made this tenant's row already
        let mut made: [Option<RowValues>; 2] = [None, None];
        for (t, slot) in made.iter_mut().enumerate() {
            self.set_tenant(t).await?;
            *slot = self.row_of_tenant(table, t).await?;
        }
        let mut reasons: Vec<String> = Vec::new();
        for fill_all in [false, true] {
            self.batch(&format!("SAVEPOINT {PAIR}"), "a savepoint").await?;
            let mut attempt = made.clone();
            let mut failed = None;
            for (t, slot) in attempt.iter_mut().enumerate() {
                if slot.is_some() {
                    continue;
                }
                self.set_tenant(t).await?;
                match self.build_row(table, Some(t), fill_all, BTreeMap::new()) {
                    Err(reason) => failed = Some(reason),
                    Ok(vals) => match self.insert(table, &vals).await? {
                        Ok(row) => *slot = Some(row),
                        Err(r) => failed = Some(r.message),
                    },
                }
                if failed.is_some() {
                    break;
                }
            }
            match failed {
                None => {
                    self.batch(&format!("RELEASE SAVEPOINT {PAIR}"), "a savepoint").await?;
                    self.rows.insert(name, attempt);
                    return Ok(());
                }
                Some(reason) => {
                    self.batch(&format!("ROLLBACK TO SAVEPOINT {PAIR}; RELEASE SAVEPOINT {PAIR}"), "a savepoint").await?;
                    remember(&mut reasons, reason);
                }
            }
        }
        self.not_tested(name, format!("cannot insert test rows: {}", explain(&reasons)));
        Ok(())
    }

    /// Value kinds of the table's columns, and a row of every non-tenant table it references.
    async fn prepare(&mut self, table: &'a Table, depth: usize) -> Result<(), DbError> {
        for col in &table.columns {
            self.resolve_kind(&col.type_).await?;
        }
        for fk in &table.foreign_keys {
            let target = qkey(&fk.ref_schema, &fk.ref_table);
            if target == table.key() || self.is_tenant_table(&target) || self.shared.contains_key(&target) {
                continue;
            }
            self.ensure_shared(target, depth + 1).await?;
        }
        Ok(())
    }

    /// Finds or makes one row of a non-tenant table for made-up rows to point at.
    fn ensure_shared(&mut self, target: String, depth: usize) -> Pin<Box<dyn Future<Output = Result<(), DbError>> + Send + '_>> {
        Box::pin(async move {
            // recorded first, so a cycle of references ends here
            self.shared.insert(target.clone(), None);
            let model = self.model;
            let Some(table) = model.tables.get(&target) else { return Ok(()) };
            let select = format!("SELECT {} FROM {} LIMIT 1", text_columns(table), quote_qualified(&[&table.schema, &table.name]));
            if let Ok(rows) = self.attempt_query(&select, &[], true).await? {
                if let Some(row) = rows.first() {
                    self.shared.insert(target, Some(row_values(table, row)?));
                    return Ok(());
                }
            }
            if depth > MAX_PARENT_DEPTH {
                return Ok(());
            }
            self.prepare(table, depth).await?;
            for fill_all in [false, true] {
                if let Ok(vals) = self.build_row(table, None, fill_all, BTreeMap::new()) {
                    if let Ok(row) = self.insert(table, &vals).await? {
                        self.shared.insert(target, Some(row));
                        return Ok(());
                    }
                }
            }
            Ok(())
        })
    }

    async fn resolve_kind(&mut self, type_: &str) -> Result<(), DbError> {
        if self.kinds.contains_key(type_) {
            return Ok(());
        }
        let mut kind = classify(type_, self.model);
        if kind.is_none() {
            // a type the model does not describe: ask the catalog (enums, domains)
            let sql = "SELECT t.typtype::text,
                              (SELECT e.enumlabel::text FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder LIMIT 1),
                              pg_catalog.format_type(t.typbasetype, t.typtypmod)
                         FROM pg_catalog.pg_type t WHERE t.oid = pg_catalog.to_regtype($1)";
            if let Ok(rows) = self.attempt_query(sql, &[&type_], true).await? {
                if let Some(row) = rows.first() {
                    let typtype: Option<String> = get(row, 0, "typtype")?;
                    let label: Option<String> = get(row, 1, "enum label")?;
                    let base: Option<String> = get(row, 2, "base type")?;
                    kind = match typtype.as_deref() {
                        Some("e") => label.map(Kind::Label),
                        Some("d") => base.and_then(|b| classify(&b, self.model)),
                        _ => None,
                    };
                }
            }
        }
        self.kinds.insert(type_.to_string(), kind);
        Ok(())
    }

    fn is_tenant_table(&self, key: &str) -> bool {
        key == self.root_key || self.model.tables.get(key).is_some_and(|t| t.tenant_scoped)
    }

    /// Values for a new row: the tenant key, the partition key, foreign keys to
    /// the same tenant's parents, and made-up values for the other required
    /// columns (`fill_all`: for the nullable ones too, for checks such as
    /// "email or phone").
    fn build_row(
        &self,
        table: &Table,
        tenant: Option<usize>,
        fill_all: bool,
        mut vals: BTreeMap<String, Value>,
    ) -> Result<Vec<(String, Value)>, String> {
        let letter = tenant.map_or('p', |t| LETTERS[t]);
        if let (true, Some(t)) = (table.tenant_scoped, tenant) {
            vals.entry(self.tenancy.key.clone()).or_insert_with(|| Value::Text(Some(self.ids[t].clone())));
        }
        for (col, v) in partition_values(table) {
            vals.entry(col).or_insert(Value::Text(Some(v)));
        }
        for fk in &table.foreign_keys {
            let open: Vec<&String> = fk.columns.iter().filter(|c| !vals.contains_key(*c)).collect();
            if open.is_empty() {
                continue;
            }
            let required = open.iter().any(|c| table.column(c).is_some_and(is_required));
            if !required && !fill_all {
                continue;
            }
            let target = qkey(&fk.ref_schema, &fk.ref_table);
            let parent = if target == table.key() {
                None
            } else if self.is_tenant_table(&target) {
                tenant.and_then(|t| self.rows.get(&target).and_then(|r| r[t].as_ref()))
            } else {
                self.shared.get(&target).and_then(Option::as_ref)
            };
            let Some(parent) = parent else {
                if required {
                    return Err(format!("no row of {target} for {} to point at", fk.columns.join(", ")));
                }
                continue;
            };
            for (c, rc) in fk.columns.iter().zip(&fk.ref_columns) {
                vals.entry(c.clone()).or_insert_with(|| Value::Text(parent.get(rc).cloned().flatten()));
            }
        }
        let mut out = Vec::new();
        for (k, col) in table.columns.iter().enumerate() {
            if let Some(v) = vals.remove(&col.name) {
                out.push((col.name.clone(), v));
                continue;
            }
            if col.generated.is_some() || col.identity.is_some() || col.default.is_some() || (col.nullable && !fill_all) {
                continue;
            }
            let Some(kind) = self.kinds.get(&col.type_).cloned().flatten() else {
                return Err(format!("cannot make up a value of type {} for column {}", col.type_, col.name));
            };
            out.push((col.name.clone(), sample(&kind, text_style(table, col), letter, k, &self.nonce)));
        }
        Ok(out)
    }

    async fn insert(&self, table: &Table, vals: &[(String, Value)]) -> Result<Result<RowValues, Refusal>, DbError> {
        let (sql, params) = insert_sql(table, vals, true);
        let refs: Vec<&(dyn ToSql + Sync)> = params.iter().map(|p| p as &(dyn ToSql + Sync)).collect();
        match self.attempt_query(&sql, &refs, true).await? {
            Ok(rows) => match rows.first() {
                Some(row) => Ok(Ok(row_values(table, row)?)),
                None => Ok(Err(Refusal { code: String::new(), message: "the insert returned no row (a trigger skipped it)".into() })),
            },
            Err(r) => Ok(Err(r)),
        }
    }

    async fn row_of_tenant(&self, table: &Table, t: usize) -> Result<Option<RowValues>, DbError> {
        let Some(key) = table.column(&self.tenancy.key) else { return Ok(None) };
        let sql = format!(
            "SELECT {} FROM {} WHERE {} = $1::text::{} LIMIT 1",
            text_columns(table),
            quote_qualified(&[&table.schema, &table.name]),
            quote_ident(&key.name),
            key.type_
        );
        match self.attempt_query(&sql, &[&self.ids[t]], true).await? {
            Ok(rows) => rows.first().map(|r| row_values(table, r)).transpose(),
            Err(_) => Ok(None),
        }
    }

    // ---- step 4: tenant A against tenant B's rows ----

    async fn probe(&mut self, table: &Table, key: &str) -> Result<(), DbError> {
        let name = table.key();
        let target = quote_qualified(&[&table.schema, &table.name]);
        let k = quote_ident(key);
        let ty = table.column(key).map_or_else(|| self.tenancy.key_type.clone(), |c| c.type_.clone());
        let (a, b) = (self.ids[0].clone(), self.ids[1].clone());
        let app = self.app_role;

        // (a) reading
        let sql = format!(
            "SELECT count(*) FILTER (WHERE {k} = $1::text::{ty}), count(*) FILTER (WHERE {k} = $2::text::{ty}), count(*) FROM {target}"
        );
        match self.attempt_query(&sql, &[&a, &b], false).await? {
            Ok(rows) => {
                let row = rows.first().ok_or_else(|| DbError::Sql {
                    context: format!("counting {name}"),
                    message: "no row".into(),
                    position: None,
                })?;
                let (own, theirs, all): (i64, i64, i64) = (get(row, 0, "count")?, get(row, 1, "count")?, get(row, 2, "count")?);
                if theirs > 0 {
                    self.finding(format!("{name}: tenant A can read {theirs} of tenant B's rows"));
                } else if all > own {
                    self.finding(format!("{name}: tenant A can read {} rows that are not its own", all - own));
                }
                if own == 0 {
                    self.finding(format!("{name}: tenant A cannot see its own row: the policy does not follow {}", self.tenancy.setting));
                }
            }
            Err(r) => self.judge(&name, "SELECT from", r, "tenant A's read of tenant B's rows"),
        }

        // (b) inserting a row for tenant B
        let copy = self.copy_of_b(table, key);
        let for_whom = if copy.iter().any(|(c, _)| c == key) { "a row for tenant B" } else { "a row for another tenant" };
        let (sql, params) = insert_sql(table, &copy, false);
        let refs: Vec<&(dyn ToSql + Sync)> = params.iter().map(|p| p as &(dyn ToSql + Sync)).collect();
        match self.attempt_execute(&sql, &refs, false).await? {
            Ok(_) => self.finding(format!("{name}: tenant A can insert {for_whom}")),
            Err(r) => self.judge(&name, "INSERT into", r, &format!("tenant A's insert of {for_whom} passed row-level security")),
        }

        // (c) updating tenant B's rows in place
        let sql = format!("UPDATE {target} SET {k} = {k} WHERE {k} = $1::text::{ty}");
        match self.attempt_execute(&sql, &[&b], false).await? {
            Ok(0) => {}
            Ok(n) => self.finding(format!("{name}: tenant A can update {n} of tenant B's rows")),
            Err(r) => self.judge(&name, "UPDATE", r, "tenant A's update of tenant B's rows passed row-level security"),
        }

        // (d) handing its own rows to tenant B
        let sql = format!("UPDATE {target} SET {k} = $1::text::{ty} WHERE {k} = $2::text::{ty}");
        match self.attempt_execute(&sql, &[&b, &a], false).await? {
            Ok(0) => {}
            Ok(n) => self.finding(format!("{name}: tenant A can move {n} of its rows to tenant B")),
            Err(r) => self.judge(&name, "UPDATE", r, "tenant A's move of its rows to tenant B passed row-level security"),
        }

        // (e) deleting tenant B's rows
        let sql = format!("DELETE FROM {target} WHERE {k} = $1::text::{ty}");
        match self.attempt_execute(&sql, &[&b], false).await? {
            Ok(0) => {}
            Ok(n) => self.finding(format!("{name}: tenant A can delete {n} of tenant B's rows")),
            Err(r) => self.judge(&name, "DELETE from", r, "tenant A's delete of tenant B's rows passed row-level security"),
        }

        // (f) switching the policies off
        let sql = format!("ALTER TABLE {target} DISABLE ROW LEVEL SECURITY");
        match self.attempt_execute(&sql, &[], false).await? {
            Ok(_) => self.finding(format!("{name}: `{app}` can switch row-level security off (ALTER TABLE … DISABLE ROW LEVEL SECURITY)")),
            Err(r) if r.code == "42501" => {}
            Err(r) => self.note(format!("{name}: the ALTER TABLE probe ended for another reason: {}", r.message)),
        }

        self.report.tested.push(name);
        Ok(())
    }

    /// A refusal where refusing was right: by a policy (held), for want of a
    /// privilege (held, noted), by a constraint checked after the policy (a
    /// breach: the row got past row-level security), or something else (noted).
    fn judge(&mut self, table: &str, verb: &str, r: Refusal, breach: &str) {
        if r.by_policy() {
            return;
        }
        if r.by_privilege() {
            self.note(format!("{table}: `{}` may not {verb} it at all: {}", self.app_role, r.message));
        } else if r.after_policy() {
            self.finding(format!("{table}: {breach}; only a constraint stopped it: {}", r.message));
        } else {
            self.note(format!("{table}: the {verb} probe ended for another reason: {}", r.message));
        }
    }

    /// Tenant B's row again, with a new primary key where the key has a default
    /// (or can be made up); partition and foreign key columns stay as they are.
    fn copy_of_b(&self, table: &Table, key: &str) -> Vec<(String, Value)> {
        let empty = RowValues::new();
        let b = self.rows.get(&table.key()).and_then(|r| r[1].as_ref()).unwrap_or(&empty);
        let pk: &[String] = table.primary_key.as_ref().map_or(&[], |p| &p.columns);
        let partition_key: &[String] = table.partition.as_ref().map_or(&[], |p| &p.key);
        let mut out = Vec::new();
        for (k, col) in table.columns.iter().enumerate() {
            if col.generated.is_some() || col.identity.as_deref() == Some("always") {
                continue;
            }
            let fresh = pk.contains(&col.name)
                && !partition_key.contains(&col.name)
                && (col.name == key || !table.foreign_keys.iter().any(|f| f.columns.contains(&col.name)));
            if fresh {
                if col.default.is_some() || col.identity.is_some() {
                    continue;
                }
                if col.name != key {
                    if let Some(kind) = self.kinds.get(&col.type_).cloned().flatten() {
                        out.push((col.name.clone(), sample(&kind, text_style(table, col), 'c', k, &self.nonce)));
                        continue;
                    }
                }
            }
            out.push((col.name.clone(), Value::Text(b.get(&col.name).cloned().flatten())));
        }
        out
    }

    // ---- plumbing ----

    fn finding(&mut self, s: String) {
        self.report.findings.push(s);
    }

    fn note(&mut self, s: String) {
        if !self.report.notes.contains(&s) {
            self.report.notes.push(s);
        }
    }

    fn not_tested(&mut self, table: String, reason: impl Into<String>) {
        self.report.not_tested.push((table, reason.into()));
    }

    async fn set_tenant(&self, t: usize) -> Result<(), DbError> {
        self.set_setting(&self.ids[t]).await
    }

    async fn set_setting(&self, value: &str) -> Result<(), DbError> {
        let setting = self.tenancy.setting.as_str();
        self.query("SELECT pg_catalog.set_config($1, $2, true)", &[&setting, &value], &format!("setting {setting}")).await.map(|_| ())
    }

    /// `value` (cast to `type_`) as text, evaluated by the server.
    async fn eval_text(&self, value: &Value, type_: &str) -> Result<Result<String, Refusal>, DbError> {
        let (sql, param) = match value {
            Value::Text(v) => (format!("SELECT $1::text::{type_}::text"), v.clone()),
            Value::Expr(e) => (format!("SELECT ({e})::{type_}::text"), None),
        };
        let params: Vec<&(dyn ToSql + Sync)> = if matches!(value, Value::Text(_)) { vec![&param] } else { vec![] };
        Ok(match self.attempt_query(&sql, &params, true).await? {
            Ok(rows) => match rows.first().map(|r| get::<Option<String>>(r, 0, "a value")).transpose()?.flatten() {
                Some(v) => Ok(v),
                None => Err(Refusal { code: String::new(), message: "the value is NULL".into() }),
            },
            Err(r) => Err(r),
        })
    }

    async fn batch(&self, sql: &str, context: &str) -> Result<(), DbError> {
        self.tx.batch_execute(sql).await.map_err(sql_error(format!("isolation proof: {context}")))
    }

    async fn query(&self, sql: &str, params: &[&(dyn ToSql + Sync)], context: &str) -> Result<Vec<Row>, DbError> {
        self.tx.query(sql, params).await.map_err(sql_error(format!("isolation proof: {context}")))
    }

    /// One statement inside a savepoint, so a refusal does not end the
    /// transaction. `keep`: keep its effects when it succeeds.
    async fn attempt_query(&self, sql: &str, params: &[&(dyn ToSql + Sync)], keep: bool) -> Result<Result<Vec<Row>, Refusal>, DbError> {
        self.batch(&format!("SAVEPOINT {STEP}"), "a savepoint").await?;
        let result = self.tx.query(sql, params).await;
        self.settle(result, keep, sql).await
    }

    async fn attempt_execute(&self, sql: &str, params: &[&(dyn ToSql + Sync)], keep: bool) -> Result<Result<u64, Refusal>, DbError> {
        self.batch(&format!("SAVEPOINT {STEP}"), "a savepoint").await?;
        let result = self.tx.execute(sql, params).await;
        self.settle(result, keep, sql).await
    }

    async fn settle<T>(&self, result: Result<T, tokio_postgres::Error>, keep: bool, sql: &str) -> Result<Result<T, Refusal>, DbError> {
        let undo = format!("ROLLBACK TO SAVEPOINT {STEP}; RELEASE SAVEPOINT {STEP}");
        match result {
            Ok(v) => {
                let end = if keep { format!("RELEASE SAVEPOINT {STEP}") } else { undo };
                self.batch(&end, "a savepoint").await?;
                Ok(Ok(v))
            }
            Err(e) => {
                let Some(db) = e.as_db_error() else { return Err(sql_error(format!("isolation proof: {sql}"))(e)) };
                let refusal = Refusal { code: db.code().code().to_string(), message: describe(&e).0 };
                self.batch(&undo, "a savepoint").await?;
                Ok(Err(refusal))
            }
        }
    }
}

/// NOT NULL, without a default, identity or generation expression.
fn is_required(c: &Column) -> bool {
    !c.nullable && c.default.is_none() && c.identity.is_none() && c.generated.is_none()
}

/// Keeps a reason unless the same problem (detail aside) is already known.
fn remember(reasons: &mut Vec<String>, reason: String) {
    let problem = |r: &str| r.split(" (").next().unwrap_or_default().to_string();
    if !reasons.iter().any(|r| problem(r) == problem(&reason)) {
        reasons.push(reason);
    }
}

fn explain(reasons: &[String]) -> String {
    match reasons {
        [] => "no reason given".into(),
        [one] => one.clone(),
        [first, rest @ ..] => format!("{first}; with optional columns filled too: {}", rest.join("; ")),
    }
}

/// `"a"::text, "b"::text, ...` in column order: every value read back as text.
fn text_columns(table: &Table) -> String {
    table.columns.iter().map(|c| format!("{}::text", quote_ident(&c.name))).collect::<Vec<_>>().join(", ")
}

fn row_values(table: &Table, row: &Row) -> Result<RowValues, DbError> {
    let mut out = RowValues::new();
    for (i, c) in table.columns.iter().enumerate() {
        out.insert(c.name.clone(), get(row, i, &format!("{}.{}", table.key(), c.name))?);
    }
    Ok(out)
}

/// An INSERT of `vals` (in order) and its text parameters.
fn insert_sql(table: &Table, vals: &[(String, Value)], returning: bool) -> (String, Vec<Option<String>>) {
    let target = quote_qualified(&[&table.schema, &table.name]);
    let mut params = Vec::new();
    let mut sql = if vals.is_empty() {
        format!("INSERT INTO {target} DEFAULT VALUES")
    } else {
        let mut cols = Vec::new();
        let mut exprs = Vec::new();
        for (name, v) in vals {
            let ty = table.column(name).map_or("text", |c| c.type_.as_str());
            cols.push(quote_ident(name));
            exprs.push(match v {
                Value::Text(t) => {
                    params.push(t.clone());
                    format!("${}::text::{ty}", params.len())
                }
                Value::Expr(e) => format!("({e})::{ty}"),
            });
        }
        let overriding = vals.iter().any(|(n, _)| table.column(n).and_then(|c| c.identity.as_deref()) == Some("always"));
        format!(
            "INSERT INTO {target} ({}){} VALUES ({})",
            cols.join(", "),
            if overriding { " OVERRIDING SYSTEM VALUE" } else { "" },
            exprs.join(", ")
        )
    };
    if returning {
        sql.push_str(&format!(" RETURNING {}", text_columns(table)));
    }
    (sql, params)
}

/// Values for the partition key inside an existing partition (the first one
/// with concrete bounds); empty when any value will do.
fn partition_values(table: &Table) -> Vec<(String, String)> {
    let Some(p) = &table.partition else { return Vec::new() };
    for child in &p.children {
        let values: Vec<String> = match &child.bound {
            PartitionBound::Range { from, .. } => from.clone(),
            PartitionBound::List { values } => values.iter().take(1).cloned().collect(),
            PartitionBound::Hash { .. } | PartitionBound::Default => return Vec::new(),
        };
        let concrete = values.len() == p.key.len()
            && values.iter().all(|v| !matches!(v.to_ascii_uppercase().as_str(), "MINVALUE" | "MAXVALUE" | "NULL"));
        if concrete {
            return p.key.iter().cloned().zip(values).filter(|(k, _)| table.column(k).is_some()).collect();
        }
    }
    Vec::new()
}

fn dependency_order<'m>(tables: &[&'m Table]) -> Vec<&'m Table> {
    crate::model::foreign_key_order(tables)
}

fn enum_of<'m>(type_: &str, model: &'m DatabaseModel) -> Option<&'m Enum> {
    let plain = type_.replace('"', "");
    match model.enums.get(&plain) {
        Some(e) => Some(e),
        None if !plain.contains('.') => model.enums.values().find(|e| e.name == plain),
        None => None,
    }
}

fn classify(type_: &str, model: &DatabaseModel) -> Option<Kind> {
    let t = type_.trim();
    if t.ends_with("[]") {
        return Some(Kind::EmptyArray);
    }
    if let Some(e) = enum_of(t, model) {
        return e.values.first().map(|v| Kind::Label(v.clone()));
    }
    let lower = t.to_ascii_lowercase();
    let base = lower.split('(').next().unwrap_or("").trim();
    let length = || lower.split_once('(').and_then(|(_, rest)| rest.split(')').next()).and_then(|n| n.trim().parse().ok());
    Some(match base {
        "text" | "citext" | "name" | "character varying" | "varchar" => Kind::Text { max: length() },
        "character" | "char" | "bpchar" => Kind::Text { max: length().or(Some(1)) },
        "smallint" | "integer" | "bigint" | "int" | "int2" | "int4" | "int8" | "numeric" | "decimal" | "real" | "double precision"
        | "float4" | "float8" => Kind::Number,
        "boolean" | "bool" => Kind::Bool,
        "uuid" => Kind::Uuid,
        b if b.starts_with("timestamp") => Kind::Timestamp,
        "date" => Kind::Date,
        b if b.starts_with("time") => Kind::Time,
        b if b.starts_with("interval") => Kind::Interval,
        "json" | "jsonb" => Kind::Json,
        "inet" | "cidr" => Kind::Inet,
        "bytea" => Kind::Bytea,
        "tsvector" => Kind::TsVector,
        _ => return None,
    })
}

/// Whether `expr` mentions the column `name` as a whole word.
fn mentions(expr: &str, name: &str) -> bool {
    let ident = |c: char| c.is_ascii_alphanumeric() || c == '_';
    expr.match_indices(name).any(|(i, _)| {
        let before = expr[..i].chars().next_back();
        let after = expr[i + name.len()..].chars().next();
        !before.is_some_and(ident) && !after.is_some_and(ident)
    })
}

/// Guesses the shape a string column needs from the checks that mention it:
/// an email, upper case (`[A-Z...]`), or lower case letters and digits, which
/// also pass slug-like patterns.
fn text_style(table: &Table, col: &Column) -> Style {
    let checks: Vec<&str> = table.checks.iter().map(|c| c.expr.as_str()).filter(|e| mentions(e, &col.name)).collect();
    if col.name.contains("email") || checks.iter().any(|e| e.contains('@')) {
        Style::Email
    } else if checks.iter().any(|e| e.contains("A-Z") && !e.contains("a-z")) {
        Style::Upper
    } else {
        Style::Lower
    }
}

/// A made-up value: unique per tenant (`letter`) and column (`k`); later
/// columns get later times, so checks such as `ends_at > starts_at` hold.
fn sample(kind: &Kind, style: Style, letter: char, k: usize, nonce: &str) -> Value {
    let text = |s: &str| Value::Text(Some(s.to_string()));
    match kind {
        Kind::Text { max } => {
            let base = format!("iso{letter}{nonce}{k}");
            let s = match style {
                Style::Lower => base,
                Style::Upper => base.to_ascii_uppercase(),
                Style::Email => format!("{base}@example.com"),
            };
            Value::Text(Some(match max {
                Some(n) => s.chars().take(*n).collect(),
                None => s,
            }))
        }
        Kind::Number => text(if letter == 'c' { "2" } else { "1" }),
        Kind::Bool => text("false"),
        Kind::Uuid => Value::Expr("gen_random_uuid()".into()),
        Kind::Timestamp => Value::Expr(format!("now() + make_interval(mins => {k})")),
        Kind::Date => Value::Expr(format!("current_date + {k}")),
        Kind::Time => Value::Expr(format!("time '00:00' + make_interval(mins => {k})")),
        Kind::Interval => text("1 hour"),
        Kind::Json | Kind::EmptyArray => text("{}"),
        Kind::Inet => text("127.0.0.1"),
        Kind::Bytea => text("\\x00"),
        Kind::TsVector => text(""),
        Kind::Label(l) => text(l),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Check, ForeignKey, PartitionChild, Partitioning, Rls};

    fn table(schema: &str, name: &str, refs: &[&str]) -> Table {
        Table {
            schema: schema.into(),
            name: name.into(),
            columns: Vec::new(),
            primary_key: None,
            uniques: Vec::new(),
            checks: Vec::new(),
            foreign_keys: refs
                .iter()
                .map(|r| {
                    let (s, t) = r.split_once('.').unwrap_or(("x", r));
                    ForeignKey {
                        name: format!("{name}_{t}_fkey"),
                        columns: vec![format!("{t}_id")],
                        ref_schema: s.into(),
                        ref_table: t.into(),
                        ref_columns: vec!["id".into()],
                        on_delete: "no action".into(),
                        on_update: "no action".into(),
                        renamed_from: Default::default(),
                        origin: Default::default(),
                    }
                })
                .collect(),
            indexes: Vec::new(),
            partition: None,
            rls: Rls::default(),
            policies: Vec::new(),
            triggers: Vec::new(),
            comment: None,
            rows: Vec::new(),
            tenant_scoped: true,
            renamed_from: Default::default(),
            origin: Default::default(),
        }
    }

    #[test]
    fn parents_come_first_and_cycles_do_not_hang() {
        let items = table("s", "items", &["s.orders", "s.products"]);
        let orders = table("s", "orders", &["s.customers", "s.orders"]);
        let customers = table("s", "customers", &["other.users"]);
        let products = table("s", "products", &[]);
        let a = table("s", "a", &["s.b"]);
        let b = table("s", "b", &["s.a"]);
        let order: Vec<String> = dependency_order(&[&items, &orders, &customers, &products, &a, &b]).iter().map(|t| t.key()).collect();
        let pos = |k: &str| order.iter().position(|x| x == k).expect(k);
        assert_eq!(order.len(), 6);
        assert!(pos("s.customers") < pos("s.orders") && pos("s.orders") < pos("s.items") && pos("s.products") < pos("s.items"));
    }

    #[test]
    fn types_map_to_values() {
        let mut model = DatabaseModel::empty("x");
        model.enums.insert(
            "ret.status".into(),
            Enum {
                schema: "ret".into(),
                name: "status".into(),
                values: vec!["new".into(), "old".into()],
                comment: None,
                origin: Default::default(),
            },
        );
        assert_eq!(classify("\"ret\".\"status\"", &model), Some(Kind::Label("new".into())));
        assert_eq!(classify("character(3)", &model), Some(Kind::Text { max: Some(3) }));
        assert_eq!(classify("character varying(20)", &model), Some(Kind::Text { max: Some(20) }));
        assert_eq!(classify("numeric(12,2)", &model), Some(Kind::Number));
        assert_eq!(classify("timestamp with time zone", &model), Some(Kind::Timestamp));
        assert_eq!(classify("time without time zone", &model), Some(Kind::Time));
        assert_eq!(classify("text[]", &model), Some(Kind::EmptyArray));
        assert_eq!(classify("point", &model), None);
        assert_eq!(sample(&Kind::Text { max: Some(3) }, Style::Upper, 'a', 4, "f00"), Value::Text(Some("ISO".into())));
    }

    #[test]
    fn string_shapes_follow_the_checks() {
        let mut t = table("s", "stores", &[]);
        t.checks.push(Check {
            name: "code_shape".into(),
            expr: "code ~ '^[A-Z0-9-]{2,16}$'".into(),
            renamed_from: Default::default(),
            origin: Default::default(),
        });
        t.checks.push(Check {
            name: "slug".into(),
            expr: "slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'".into(),
            renamed_from: Default::default(),
            origin: Default::default(),
        });
        let col = |n: &str| Column {
            name: n.into(),
            type_: "text".into(),
            nullable: false,
            default: None,
            identity: None,
            generated: None,
            comment: None,
            external: None,
            renamed_from: Default::default(),
            origin: Default::default(),
        };
        assert_eq!(text_style(&t, &col("code")), Style::Upper);
        assert_eq!(text_style(&t, &col("slug")), Style::Lower);
        assert_eq!(text_style(&t, &col("barcode")), Style::Lower, "`code` inside `barcode` is not a mention");
        assert_eq!(text_style(&t, &col("contact_email")), Style::Email);
    }

    #[test]
    fn partition_keys_land_in_a_concrete_partition() {
        let mut t = table("s", "moves", &[]);
        t.columns.push(Column {
            name: "at".into(),
            type_: "timestamp with time zone".into(),
            nullable: false,
            default: Some("now()".into()),
            identity: None,
            generated: None,
            comment: None,
            external: None,
            renamed_from: Default::default(),
            origin: Default::default(),
        });
        t.partition = Some(Partitioning {
            strategy: "range".into(),
            key: vec!["at".into()],
            interval: None,
            premake: None,
            retention: None,
            retention_action: None,
            children: vec![
                PartitionChild {
                    name: "old".into(),
                    bound: PartitionBound::Range { from: vec!["MINVALUE".into()], to: vec!["2026-01-01".into()] },
                },
                PartitionChild {
                    name: "p1".into(),
                    bound: PartitionBound::Range { from: vec!["2026-01-01".into()], to: vec!["2026-02-01".into()] },
                },
            ],
        });
        assert_eq!(partition_values(&t), vec![("at".to_string(), "2026-01-01".to_string())]);
    }
}
