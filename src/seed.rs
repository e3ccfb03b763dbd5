//! `provision seed`, the pure half: which tables get rows and in what order,
//! and the rows themselves. Deterministic (a seeded splitmix64; the only date
//! comes from the database as `Facts::today`), realistic by column type and
//! name, foreign-key and tenant consistent, inside the CHECK constraints it can
//! read. Never talks to a database: `db::seed` reads the facts and loads rows.

use crate::compile::dates::Date;
use crate::compile::Tenancy;
use crate::model::{qkey, Column, DatabaseModel, Table};
use check::{Expr, Val};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

const DAY: i64 = 86_400;
/// Tries per row before it is dropped (CHECK or unique collisions).
const ATTEMPTS: usize = 64;
/// A table whose first rows all fail is given up early.
const GIVE_UP_AFTER: usize = 24;
/// Share of rows whose nullable foreign key stays NULL.
const FK_NULL: f64 = 0.15;

// ---------------------------------------------------------------- options

#[derive(Debug, Clone)]
pub struct Options {
    /// Tenants to create (rls tenancy).
    pub tenants: usize,
    /// Rows per table; per tenant for tenant-scoped tables.
    pub rows: usize,
    pub seed: u64,
    /// Only these tables (`schema.table`); empty: every table.
    pub only: BTreeSet<String>,
    /// Rows for exactly these existing tenants (`tenant add --seed`); empty:
    /// `tenants` tenants, made up or read from the tenant root.
    pub tenant_keys: Vec<String>,
}

/// Resolves `--table` names (`schema.table`, or a table name that is unique
/// across schemas) against the models of a project.
pub fn resolve_tables(models: &[&DatabaseModel], names: &[String]) -> Result<BTreeSet<String>, String> {
    let mut out = BTreeSet::new();
    for n in names {
        let hits: BTreeSet<String> = models
            .iter()
            .flat_map(|m| m.tables.values())
            .filter(|t| t.key() == *n || (!n.contains('.') && t.name == *n))
            .map(Table::key)
            .collect();
        match hits.len() {
            0 => return Err(format!("--table {n}: no such table in the model; name it as schema.table")),
            1 => out.extend(hits),
            _ => {
                return Err(format!(
                    "--table {n} is ambiguous ({}); name it as schema.table",
                    hits.into_iter().collect::<Vec<_>>().join(", ")
                ))
            }
        }
    }
    Ok(out)
}

// ---------------------------------------------------------------- randomness

/// splitmix64: small, fast, and the same on every platform.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// An independent stream for one purpose (a table, a tenant), so that one
    /// table's rows never shift another's.
    pub fn derive(seed: u64, purpose: &str, n: u64) -> Rng {
        let mut r = Rng(seed ^ crate::sql::fnv1a(purpose.as_bytes()));
        let base = r.next_u64();
        let mut r = Rng(base ^ n.wrapping_mul(0x9E37_79B9_7F4A_7C15));
        r.next_u64();
        r
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// 0..n (0 when n is 0).
    pub fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }

    /// lo..=hi
    pub fn range(&mut self, lo: i64, hi: i64) -> i64 {
        if hi <= lo {
            return lo;
        }
        let span = (i128::from(hi) - i128::from(lo) + 1) as u128;
        (i128::from(lo) + ((u128::from(self.next_u64()) * span) >> 64) as i128) as i64
    }

    pub fn chance(&mut self, p: f64) -> bool {
        ((self.next_u64() >> 11) as f64 / (1u64 << 53) as f64) < p
    }

    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    /// A version-4-shaped UUID made of PRNG bits.
    pub fn uuid(&mut self) -> String {
        let mut b = [0u8; 16];
        b[..8].copy_from_slice(&self.next_u64().to_be_bytes());
        b[8..].copy_from_slice(&self.next_u64().to_be_bytes());
        b[6] = (b[6] & 0x0f) | 0x40;
        b[8] = (b[8] & 0x3f) | 0x80;
        let h: String = b.iter().map(|x| format!("{x:02x}")).collect();
        format!("{}-{}-{}-{}-{}", &h[0..8], &h[8..12], &h[12..16], &h[16..20], &h[20..32])
    }

    fn hex(&mut self, n: usize) -> String {
        (0..n).map(|_| char::from_digit(self.below(16) as u32, 16).unwrap_or('0')).collect()
    }

    fn alnum(&mut self, n: usize) -> String {
        const A: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        (0..n).map(|_| A[self.below(A.len())] as char).collect()
    }

    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = self.below(i + 1);
            v.swap(i, j);
        }
    }
}

// ---------------------------------------------------------------- CHECK expressions

/// A reader for the CHECK expressions seed can reason about: comparisons,
/// AND/OR/NOT, IN lists, BETWEEN, IS [NOT] NULL, arithmetic, `||`, casts and a
/// few functions. Anything else evaluates to `Unknown`, which the generator
/// treats as "the server will decide".
pub mod check {
    use std::cmp::Ordering;
    use std::collections::BTreeMap;

    #[derive(Debug, Clone, PartialEq)]
    pub enum Val {
        Null,
        Bool(bool),
        Num(f64),
        Text(String),
        Unknown,
    }

    #[derive(Debug, Clone, Copy, PartialEq)]
    pub enum Cmp {
        Eq,
        Ne,
        Lt,
        Le,
        Gt,
        Ge,
    }

    #[derive(Debug, Clone, PartialEq)]
    pub enum Expr {
        Col(String),
        Lit(Val),
        Not(Box<Expr>),
        And(Box<Expr>, Box<Expr>),
        Or(Box<Expr>, Box<Expr>),
        Cmp(Cmp, Box<Expr>, Box<Expr>),
        Arith(char, Box<Expr>, Box<Expr>),
        Concat(Box<Expr>, Box<Expr>),
        Neg(Box<Expr>),
        /// `x IS [NOT] NULL` (true: NOT)
        IsNull(Box<Expr>, bool),
        /// `x IS [NOT] TRUE|FALSE`
        IsBool(Box<Expr>, bool, bool),
        /// `a IS [NOT] DISTINCT FROM b` (true: NOT)
        Distinct(Box<Expr>, Box<Expr>, bool),
        In(Box<Expr>, Vec<Expr>, bool),
        Between(Box<Expr>, Box<Expr>, Box<Expr>, bool),
        Like(Box<Expr>, Box<Expr>, bool),
        Regex(Box<Expr>, Box<Expr>, bool),
        Cast(Box<Expr>, String),
        Func(String, Vec<Expr>),
        Unknown,
    }

    #[derive(Debug, Clone, PartialEq)]
    enum Tok {
        Word(String),
        Quoted(String),
        Str(String),
        Num(String),
        Op(String),
        Open,
        Close,
        Comma,
        LBrack,
        RBrack,
        Dot,
    }

    const OP_CHARS: &str = "+-*/<>=~!@#%^&|`?";

    fn lex(s: &str) -> Option<Vec<Tok>> {
        let c: Vec<char> = s.chars().collect();
        let mut i = 0;
        let mut out = Vec::new();
        while i < c.len() {
            let ch = c[i];
            if ch.is_whitespace() {
                i += 1;
                continue;
            }
            let escaped = (ch == 'E' || ch == 'e') && c.get(i + 1) == Some(&'\'');
            if ch == '\'' || escaped {
                i += if escaped { 2 } else { 1 };
                let mut v = String::new();
                loop {
                    let x = *c.get(i)?;
                    if x == '\'' {
                        if c.get(i + 1) == Some(&'\'') {
                            v.push('\'');
                            i += 2;
                            continue;
                        }
                        i += 1;
                        break;
                    }
                    if escaped && x == '\\' {
                        let n = *c.get(i + 1)?;
                        v.push(match n {
                            'n' => '\n',
                            't' => '\t',
                            other => other,
                        });
                        i += 2;
                        continue;
                    }
                    v.push(x);
                    i += 1;
                }
                out.push(Tok::Str(v));
                continue;
            }
            if ch.is_ascii_alphabetic() || ch == '_' {
                let st = i;
                while i < c.len() && (c[i].is_ascii_alphanumeric() || c[i] == '_' || c[i] == '$') {
                    i += 1;
                }
                out.push(Tok::Word(c[st..i].iter().collect::<String>().to_ascii_lowercase()));
                continue;
            }
            if ch == '"' {
                i += 1;
                let mut v = String::new();
                loop {
                    let x = *c.get(i)?;
                    if x == '"' {
                        if c.get(i + 1) == Some(&'"') {
                            v.push('"');
                            i += 2;
                            continue;
                        }
                        i += 1;
                        break;
                    }
                    v.push(x);
                    i += 1;
                }
                out.push(Tok::Quoted(v));
                continue;
            }
            if ch.is_ascii_digit() || (ch == '.' && c.get(i + 1).is_some_and(char::is_ascii_digit)) {
                let st = i;
                while i < c.len() && (c[i].is_ascii_digit() || c[i] == '.') {
                    i += 1;
                }
                if i + 1 < c.len() && (c[i] == 'e' || c[i] == 'E') && (c[i + 1].is_ascii_digit() || c[i + 1] == '-' || c[i + 1] == '+') {
                    i += 2;
                    while i < c.len() && c[i].is_ascii_digit() {
                        i += 1;
                    }
                }
                out.push(Tok::Num(c[st..i].iter().collect()));
                continue;
            }
            match ch {
                '(' => out.push(Tok::Open),
                ')' => out.push(Tok::Close),
                ',' => out.push(Tok::Comma),
                '[' => out.push(Tok::LBrack),
                ']' => out.push(Tok::RBrack),
                '.' => out.push(Tok::Dot),
                ':' if c.get(i + 1) == Some(&':') => {
                    out.push(Tok::Op("::".into()));
                    i += 2;
                    continue;
                }
                _ if OP_CHARS.contains(ch) => {
                    let st = i;
                    while i < c.len() && OP_CHARS.contains(c[i]) {
                        i += 1;
                    }
                    let mut op: String = c[st..i].iter().collect();
                    // as PostgreSQL lexes: a multi-character operator cannot end in + or -
                    // unless it contains one of ~ ! @ # % ^ & | ` ?
                    while op.len() > 1 && (op.ends_with('+') || op.ends_with('-')) && !op.chars().any(|x| "~!@#%^&|`?".contains(x)) {
                        op.pop();
                        i -= 1;
                    }
                    out.push(Tok::Op(op));
                    continue;
                }
                _ => return None,
            }
            i += 1;
        }
        Some(out)
    }

    struct Parser {
        t: Vec<Tok>,
        i: usize,
    }

    type R = Result<Expr, ()>;

    fn bx(e: Expr) -> Box<Expr> {
        Box::new(e)
    }

    /// Parses a CHECK expression; what it cannot read becomes `Unknown`.
    pub fn parse(s: &str) -> Expr {
        let Some(t) = lex(s) else { return Expr::Unknown };
        let mut p = Parser { t, i: 0 };
        match p.or() {
            Ok(e) if p.i == p.t.len() => e,
            _ => Expr::Unknown,
        }
    }

    impl Parser {
        fn peek(&self) -> Option<&Tok> {
            self.t.get(self.i)
        }

        fn word_at(&self, k: usize, w: &str) -> bool {
            matches!(self.t.get(self.i + k), Some(Tok::Word(x)) if x == w)
        }

        fn word(&mut self, w: &str) -> bool {
            let hit = self.word_at(0, w);
            if hit {
                self.i += 1;
            }
            hit
        }

        fn op(&mut self, o: &str) -> bool {
            let hit = matches!(self.peek(), Some(Tok::Op(x)) if x == o);
            if hit {
                self.i += 1;
            }
            hit
        }

        fn tok(&mut self, t: &Tok) -> bool {
            let hit = self.peek() == Some(t);
            if hit {
                self.i += 1;
            }
            hit
        }

        fn expect(&mut self, t: &Tok) -> Result<(), ()> {
            if self.tok(t) {
                Ok(())
            } else {
                Err(())
            }
        }

        /// After an opening token was consumed: skip to its closing twin.
        fn skip_to(&mut self, open: &Tok, close: &Tok) -> Result<(), ()> {
            let mut depth = 1;
            while depth > 0 {
                match self.peek() {
                    None => return Err(()),
                    Some(t) if t == open => depth += 1,
                    Some(t) if t == close => depth -= 1,
                    _ => {}
                }
                self.i += 1;
            }
            Ok(())
        }

        fn or(&mut self) -> R {
            let mut l = self.and()?;
            while self.word("or") {
                let r = self.and()?;
                l = Expr::Or(bx(l), bx(r));
            }
            Ok(l)
        }

        fn and(&mut self) -> R {
            let mut l = self.not()?;
            while self.word("and") {
                let r = self.not()?;
                l = Expr::And(bx(l), bx(r));
            }
            Ok(l)
        }

        fn not(&mut self) -> R {
            if self.word("not") {
                return Ok(Expr::Not(bx(self.not()?)));
            }
            self.is()
        }

        fn is(&mut self) -> R {
            let mut l = self.cmp()?;
            loop {
                if self.word("isnull") {
                    l = Expr::IsNull(bx(l), false);
                    continue;
                }
                if self.word("notnull") {
                    l = Expr::IsNull(bx(l), true);
                    continue;
                }
                if !self.word("is") {
                    return Ok(l);
                }
                let neg = self.word("not");
                l = if self.word("null") || self.word("unknown") {
                    Expr::IsNull(bx(l), neg)
                } else if self.word("true") {
                    Expr::IsBool(bx(l), true, neg)
                } else if self.word("false") {
                    Expr::IsBool(bx(l), false, neg)
                } else if self.word("distinct") {
                    if !self.word("from") {
                        return Err(());
                    }
                    let r = self.cmp()?;
                    Expr::Distinct(bx(l), bx(r), neg)
                } else {
                    return Err(());
                };
            }
        }

        fn cmp(&mut self) -> R {
            let l = self.pred()?;
            let op = match self.peek() {
                Some(Tok::Op(o)) => match o.as_str() {
                    "=" => Cmp::Eq,
                    "<>" | "!=" => Cmp::Ne,
                    "<" => Cmp::Lt,
                    "<=" => Cmp::Le,
                    ">" => Cmp::Gt,
                    ">=" => Cmp::Ge,
                    _ => return Ok(l),
                },
                _ => return Ok(l),
            };
            self.i += 1;
            let r = self.pred()?;
            Ok(Expr::Cmp(op, bx(l), bx(r)))
        }

        fn pred(&mut self) -> R {
            let l = self.other()?;
            let neg = self.word_at(0, "not") && ["in", "between", "like", "ilike", "similar"].iter().any(|w| self.word_at(1, w));
            if neg {
                self.i += 1;
            }
            if self.word("in") {
                self.expect(&Tok::Open)?;
                let mut items = vec![self.or()?];
                while self.tok(&Tok::Comma) {
                    items.push(self.or()?);
                }
                self.expect(&Tok::Close)?;
                return Ok(Expr::In(bx(l), items, neg));
            }
            if self.word("between") {
                self.word("symmetric");
                let lo = self.other()?;
                if !self.word("and") {
                    return Err(());
                }
                let hi = self.other()?;
                return Ok(Expr::Between(bx(l), bx(lo), bx(hi), neg));
            }
            if self.word("like") {
                let r = self.other()?;
                return Ok(Expr::Like(bx(l), bx(r), neg));
            }
            if self.word("ilike") {
                self.other()?;
                return Ok(Expr::Unknown);
            }
            if self.word("similar") {
                if !self.word("to") {
                    return Err(());
                }
                self.other()?;
                return Ok(Expr::Unknown);
            }
            if neg {
                return Err(());
            }
            Ok(l)
        }

        /// Operators other than comparison and arithmetic: `||`, `~`, `@>`, ...
        fn other(&mut self) -> R {
            let mut l = self.add()?;
            loop {
                let Some(Tok::Op(o)) = self.peek().cloned() else { return Ok(l) };
                if matches!(o.as_str(), "=" | "<>" | "!=" | "<" | "<=" | ">" | ">=" | "+" | "-" | "*" | "/" | "%" | "::") {
                    return Ok(l);
                }
                self.i += 1;
                let r = self.add()?;
                l = match o.as_str() {
                    "||" => Expr::Concat(bx(l), bx(r)),
                    "~" => Expr::Regex(bx(l), bx(r), false),
                    "!~" => Expr::Regex(bx(l), bx(r), true),
                    "~~" => Expr::Like(bx(l), bx(r), false),
                    "!~~" => Expr::Like(bx(l), bx(r), true),
                    _ => Expr::Unknown,
                };
            }
        }

        fn add(&mut self) -> R {
            let mut l = self.mul()?;
            loop {
                let o = if self.op("+") {
                    '+'
                } else if self.op("-") {
                    '-'
                } else {
                    return Ok(l);
                };
                let r = self.mul()?;
                l = Expr::Arith(o, bx(l), bx(r));
            }
        }

        fn mul(&mut self) -> R {
            let mut l = self.unary()?;
            loop {
                let o = if self.op("*") {
                    '*'
                } else if self.op("/") {
                    '/'
                } else if self.op("%") {
                    '%'
                } else {
                    return Ok(l);
                };
                let r = self.unary()?;
                l = Expr::Arith(o, bx(l), bx(r));
            }
        }

        fn unary(&mut self) -> R {
            if self.op("-") {
                return Ok(Expr::Neg(bx(self.unary()?)));
            }
            if self.op("+") {
                return self.unary();
            }
            let mut e = self.primary()?;
            loop {
                if self.op("::") {
                    let ty = self.type_name()?;
                    e = Expr::Cast(bx(e), ty);
                } else if self.tok(&Tok::LBrack) {
                    self.skip_to(&Tok::LBrack, &Tok::RBrack)?;
                    e = Expr::Unknown;
                } else {
                    return Ok(e);
                }
            }
        }

        fn name_part(&mut self) -> Result<String, ()> {
            match self.peek().cloned() {
                Some(Tok::Word(w)) | Some(Tok::Quoted(w)) => {
                    self.i += 1;
                    Ok(w)
                }
                _ => Err(()),
            }
        }

        fn type_name(&mut self) -> Result<String, ()> {
            let mut name = self.name_part()?;
            if self.tok(&Tok::Dot) {
                name = self.name_part()?;
            }
            while let Some(Tok::Word(w)) = self.peek().cloned() {
                if !matches!(w.as_str(), "varying" | "precision" | "with" | "without" | "time" | "zone") {
                    break;
                }
                name.push(' ');
                name.push_str(&w);
                self.i += 1;
            }
            if self.tok(&Tok::Open) {
                self.skip_to(&Tok::Open, &Tok::Close)?;
            }
            while self.tok(&Tok::LBrack) {
                self.expect(&Tok::RBrack)?;
                name.push_str("[]");
            }
            Ok(name)
        }

        fn primary(&mut self) -> R {
            let Some(t) = self.peek().cloned() else { return Err(()) };
            self.i += 1;
            match t {
                Tok::Num(n) => Ok(Expr::Lit(n.parse::<f64>().map(Val::Num).unwrap_or(Val::Unknown))),
                Tok::Str(s) => Ok(Expr::Lit(Val::Text(s))),
                Tok::Open => {
                    let e = self.or()?;
                    if self.tok(&Tok::Comma) {
                        // a row constructor
                        self.or()?;
                        while self.tok(&Tok::Comma) {
                            self.or()?;
                        }
                        self.expect(&Tok::Close)?;
                        return Ok(Expr::Unknown);
                    }
                    self.expect(&Tok::Close)?;
                    Ok(e)
                }
                Tok::Word(w) => match w.as_str() {
                    "null" => Ok(Expr::Lit(Val::Null)),
                    "true" => Ok(Expr::Lit(Val::Bool(true))),
                    "false" => Ok(Expr::Lit(Val::Bool(false))),
                    "case" => {
                        let mut depth = 1;
                        while depth > 0 {
                            match self.peek() {
                                None => return Err(()),
                                Some(Tok::Word(x)) if x == "case" => depth += 1,
                                Some(Tok::Word(x)) if x == "end" => depth -= 1,
                                _ => {}
                            }
                            self.i += 1;
                        }
                        Ok(Expr::Unknown)
                    }
                    "array" => {
                        if self.tok(&Tok::LBrack) {
                            self.skip_to(&Tok::LBrack, &Tok::RBrack)?;
                        } else {
                            self.expect(&Tok::Open)?;
                            self.skip_to(&Tok::Open, &Tok::Close)?;
                        }
                        Ok(Expr::Unknown)
                    }
                    "exists" => {
                        self.expect(&Tok::Open)?;
                        self.skip_to(&Tok::Open, &Tok::Close)?;
                        Ok(Expr::Unknown)
                    }
                    "interval" | "date" | "timestamp" | "timestamptz" | "time" if matches!(self.peek(), Some(Tok::Str(_))) => {
                        let Some(Tok::Str(s)) = self.peek().cloned() else { return Err(()) };
                        self.i += 1;
                        Ok(Expr::Cast(bx(Expr::Lit(Val::Text(s))), w))
                    }
                    "current_date" | "current_timestamp" | "current_time" | "localtime" | "localtimestamp" | "current_user"
                    | "session_user" | "current_role" | "user" => Ok(Expr::Unknown),
                    _ => self.name_or_call(w),
                },
                Tok::Quoted(w) => self.name_or_call(w),
                _ => Err(()),
            }
        }

        fn name_or_call(&mut self, first: String) -> R {
            let mut name = first;
            while self.tok(&Tok::Dot) {
                name = self.name_part()?;
            }
            if !self.tok(&Tok::Open) {
                return Ok(Expr::Col(name));
            }
            let mut args = Vec::new();
            if self.tok(&Tok::Close) {
                return Ok(Expr::Func(name, args));
            }
            if self.op("*") {
                self.expect(&Tok::Close)?;
                return Ok(Expr::Unknown);
            }
            self.word("distinct");
            args.push(self.or()?);
            while self.tok(&Tok::Comma) {
                args.push(self.or()?);
            }
            if !self.tok(&Tok::Close) {
                // ORDER BY inside an aggregate, `FROM` inside trim(): not ours to read
                self.skip_to(&Tok::Open, &Tok::Close)?;
                return Ok(Expr::Unknown);
            }
            Ok(Expr::Func(name, args))
        }
    }

    // ---- evaluation (three-valued, plus Unknown) ----

    pub fn num_text(x: f64) -> String {
        if x.fract() == 0.0 && x.abs() < 1e15 {
            format!("{}", x as i64)
        } else {
            format!("{x}")
        }
    }

    fn text_of(v: &Val) -> Option<String> {
        match v {
            Val::Text(s) => Some(s.clone()),
            Val::Num(x) => Some(num_text(*x)),
            Val::Bool(b) => Some(if *b { "true" } else { "false" }.into()),
            _ => None,
        }
    }

    fn compare(a: &Val, b: &Val) -> Result<Option<Ordering>, ()> {
        match (a, b) {
            (Val::Unknown, _) | (_, Val::Unknown) => Err(()),
            (Val::Null, _) | (_, Val::Null) => Ok(None),
            (Val::Num(x), Val::Num(y)) => x.partial_cmp(y).map(Some).ok_or(()),
            (Val::Text(x), Val::Text(y)) => Ok(Some(x.cmp(y))),
            (Val::Bool(x), Val::Bool(y)) => Ok(Some(x.cmp(y))),
            (Val::Num(x), Val::Text(y)) => y.trim().parse::<f64>().ok().and_then(|y| x.partial_cmp(&y)).map(Some).ok_or(()),
            (Val::Text(x), Val::Num(y)) => x.trim().parse::<f64>().ok().and_then(|x| x.partial_cmp(y)).map(Some).ok_or(()),
            _ => Err(()),
        }
    }

    fn not(v: Val) -> Val {
        match v {
            Val::Bool(b) => Val::Bool(!b),
            Val::Null => Val::Null,
            _ => Val::Unknown,
        }
    }

    fn and(a: Val, b: Val) -> Val {
        let (fa, fb) = (a == Val::Bool(false), b == Val::Bool(false));
        if fa || fb {
            return Val::Bool(false);
        }
        match (a, b) {
            (Val::Bool(true), Val::Bool(true)) => Val::Bool(true),
            (Val::Null, Val::Null) | (Val::Null, Val::Bool(true)) | (Val::Bool(true), Val::Null) => Val::Null,
            _ => Val::Unknown,
        }
    }

    fn or(a: Val, b: Val) -> Val {
        if a == Val::Bool(true) || b == Val::Bool(true) {
            return Val::Bool(true);
        }
        match (a, b) {
            (Val::Bool(false), Val::Bool(false)) => Val::Bool(false),
            (Val::Null, Val::Null) | (Val::Null, Val::Bool(false)) | (Val::Bool(false), Val::Null) => Val::Null,
            _ => Val::Unknown,
        }
    }

    fn like(s: &[char], p: &[char]) -> bool {
        match p.first() {
            None => s.is_empty(),
            Some('%') => (0..=s.len()).any(|k| like(&s[k..], &p[1..])),
            Some('_') => !s.is_empty() && like(&s[1..], &p[1..]),
            Some('\\') if p.len() > 1 => s.first() == Some(&p[1]) && like(&s[1..], &p[2..]),
            Some(c) => s.first() == Some(c) && like(&s[1..], &p[1..]),
        }
    }

    fn cast(v: Val, ty: &str) -> Val {
        let base = ty.trim_end_matches("[]");
        match base {
            "text" | "varchar" | "character varying" | "char" | "character" | "bpchar" | "citext" | "name" => match v {
                Val::Null | Val::Unknown => v,
                other => text_of(&other).map_or(Val::Unknown, Val::Text),
            },
            "int" | "int2" | "int4" | "int8" | "integer" | "smallint" | "bigint" | "numeric" | "decimal" | "real" | "float4" | "float8"
            | "double precision" => match v {
                Val::Text(s) => s.trim().parse().map_or(Val::Unknown, Val::Num),
                Val::Num(_) | Val::Null => v,
                _ => Val::Unknown,
            },
            "bool" | "boolean" => match v {
                Val::Text(s) => match s.trim().to_ascii_lowercase().as_str() {
                    "t" | "true" | "yes" | "on" | "1" => Val::Bool(true),
                    "f" | "false" | "no" | "off" | "0" => Val::Bool(false),
                    _ => Val::Unknown,
                },
                Val::Bool(_) | Val::Null => v,
                _ => Val::Unknown,
            },
            "interval" | "regclass" | "regconfig" | "regtype" | "tsvector" | "tsquery" => Val::Unknown,
            _ => match v {
                Val::Text(_) | Val::Null => v,
                _ => Val::Unknown,
            },
        }
    }

    fn func(name: &str, args: Vec<Val>) -> Val {
        let one = || args.first().cloned().unwrap_or(Val::Unknown);
        let text1 = |f: &dyn Fn(&str) -> Val| match one() {
            Val::Null => Val::Null,
            Val::Unknown => Val::Unknown,
            v => text_of(&v).map_or(Val::Unknown, |s| f(&s)),
        };
        match (name, args.len()) {
            ("lower", 1) => text1(&|s| Val::Text(s.to_lowercase())),
            ("upper", 1) => text1(&|s| Val::Text(s.to_uppercase())),
            ("btrim" | "trim", 1) => text1(&|s| Val::Text(s.trim_matches(' ').to_string())),
            ("ltrim", 1) => text1(&|s| Val::Text(s.trim_start_matches(' ').to_string())),
            ("rtrim", 1) => text1(&|s| Val::Text(s.trim_end_matches(' ').to_string())),
            ("length" | "char_length" | "character_length", 1) => text1(&|s| Val::Num(s.chars().count() as f64)),
            ("jsonb_typeof" | "json_typeof", 1) => text1(&|s| {
                Val::Text(
                    match s.trim_start().chars().next() {
                        Some('{') => "object",
                        Some('[') => "array",
                        Some('"') => "string",
                        Some('t' | 'f') => "boolean",
                        Some('n') => "null",
                        _ => "number",
                    }
                    .into(),
                )
            }),
            ("abs", 1) => match one() {
                Val::Num(x) => Val::Num(x.abs()),
                v @ (Val::Null | Val::Unknown) => v,
                _ => Val::Unknown,
            },
            ("coalesce", _) => {
                for a in args {
                    match a {
                        Val::Null => continue,
                        other => return other,
                    }
                }
                Val::Null
            }
            ("nullif", 2) => match compare(&args[0], &args[1]) {
                Ok(Some(Ordering::Equal)) => Val::Null,
                Ok(_) => args[0].clone(),
                Err(()) => Val::Unknown,
            },
            ("greatest" | "least", _) => {
                let mut best: Option<f64> = None;
                for a in &args {
                    match a {
                        Val::Null => {}
                        Val::Num(x) => {
                            best = Some(match best {
                                None => *x,
                                Some(b) if name == "greatest" => b.max(*x),
                                Some(b) => b.min(*x),
                            })
                        }
                        _ => return Val::Unknown,
                    }
                }
                best.map_or(Val::Null, Val::Num)
            }
            _ => Val::Unknown,
        }
    }

    /// Evaluates `e` with column values from `row`.
    pub fn eval(e: &Expr, row: &dyn Fn(&str) -> Val) -> Val {
        match e {
            Expr::Col(c) => row(c),
            Expr::Lit(v) => v.clone(),
            Expr::Unknown => Val::Unknown,
            Expr::Not(x) => not(eval(x, row)),
            Expr::And(a, b) => and(eval(a, row), eval(b, row)),
            Expr::Or(a, b) => or(eval(a, row), eval(b, row)),
            Expr::Cmp(op, a, b) => match compare(&eval(a, row), &eval(b, row)) {
                Ok(Some(o)) => Val::Bool(match op {
                    Cmp::Eq => o == Ordering::Equal,
                    Cmp::Ne => o != Ordering::Equal,
                    Cmp::Lt => o == Ordering::Less,
                    Cmp::Le => o != Ordering::Greater,
                    Cmp::Gt => o == Ordering::Greater,
                    Cmp::Ge => o != Ordering::Less,
                }),
                Ok(None) => Val::Null,
                Err(()) => Val::Unknown,
            },
            Expr::Arith(op, a, b) => match (eval(a, row), eval(b, row)) {
                (Val::Num(x), Val::Num(y)) => match op {
                    '+' => Val::Num(x + y),
                    '-' => Val::Num(x - y),
                    '*' => Val::Num(x * y),
                    '/' if y != 0.0 => Val::Num(x / y),
                    '%' if y != 0.0 => Val::Num(x % y),
                    _ => Val::Unknown,
                },
                (Val::Null, Val::Num(_) | Val::Null) | (Val::Num(_), Val::Null) => Val::Null,
                _ => Val::Unknown,
            },
            Expr::Neg(x) => match eval(x, row) {
                Val::Num(v) => Val::Num(-v),
                Val::Null => Val::Null,
                _ => Val::Unknown,
            },
            Expr::Concat(a, b) => match (eval(a, row), eval(b, row)) {
                (Val::Unknown, _) | (_, Val::Unknown) => Val::Unknown,
                (Val::Null, _) | (_, Val::Null) => Val::Null,
                (x, y) => match (text_of(&x), text_of(&y)) {
                    (Some(x), Some(y)) => Val::Text(x + &y),
                    _ => Val::Unknown,
                },
            },
            Expr::IsNull(x, neg) => match eval(x, row) {
                Val::Unknown => Val::Unknown,
                Val::Null => Val::Bool(!neg),
                _ => Val::Bool(*neg),
            },
            Expr::IsBool(x, b, neg) => match eval(x, row) {
                Val::Bool(v) => Val::Bool((v == *b) != *neg),
                Val::Null => Val::Bool(*neg),
                _ => Val::Unknown,
            },
            Expr::Distinct(a, b, neg) => {
                let (x, y) = (eval(a, row), eval(b, row));
                match (&x, &y) {
                    (Val::Null, Val::Null) => Val::Bool(*neg),
                    (Val::Null, Val::Unknown) | (Val::Unknown, _) | (_, Val::Unknown) => Val::Unknown,
                    (Val::Null, _) | (_, Val::Null) => Val::Bool(!neg),
                    _ => match compare(&x, &y) {
                        Ok(Some(o)) => Val::Bool((o != Ordering::Equal) != *neg),
                        _ => Val::Unknown,
                    },
                }
            }
            Expr::In(x, items, neg) => {
                let v = eval(x, row);
                let mut acc = Val::Bool(false);
                for it in items {
                    let hit = match compare(&v, &eval(it, row)) {
                        Ok(Some(o)) => Val::Bool(o == Ordering::Equal),
                        Ok(None) => Val::Null,
                        Err(()) => Val::Unknown,
                    };
                    acc = or(acc, hit);
                }
                if *neg {
                    not(acc)
                } else {
                    acc
                }
            }
            Expr::Between(x, lo, hi, neg) => {
                let v = eval(x, row);
                let ge = match compare(&v, &eval(lo, row)) {
                    Ok(Some(o)) => Val::Bool(o != Ordering::Less),
                    Ok(None) => Val::Null,
                    Err(()) => Val::Unknown,
                };
                let le = match compare(&v, &eval(hi, row)) {
                    Ok(Some(o)) => Val::Bool(o != Ordering::Greater),
                    Ok(None) => Val::Null,
                    Err(()) => Val::Unknown,
                };
                let r = and(ge, le);
                if *neg {
                    not(r)
                } else {
                    r
                }
            }
            Expr::Like(a, b, neg) => match (eval(a, row), eval(b, row)) {
                (Val::Text(s), Val::Text(p)) => {
                    let s: Vec<char> = s.chars().collect();
                    let p: Vec<char> = p.chars().collect();
                    Val::Bool(like(&s, &p) != *neg)
                }
                (Val::Null, Val::Text(_) | Val::Null) | (Val::Text(_), Val::Null) => Val::Null,
                _ => Val::Unknown,
            },
            Expr::Regex(..) => Val::Unknown,
            Expr::Cast(x, ty) => cast(eval(x, row), ty),
            Expr::Func(name, args) => func(name, args.iter().map(|a| eval(a, row)).collect()),
        }
    }

    // ---- hints: what a check says about one column, to aim the generator ----

    #[derive(Debug, Clone, Default, PartialEq)]
    pub struct Hint {
        /// `col IN (...)` / `col = 'x'`
        pub choices: Option<Vec<String>>,
        pub lo: Option<(f64, bool)>,
        pub hi: Option<(f64, bool)>,
        /// `col <> 'x'`
        pub not: Vec<String>,
        /// `col ~ 'pattern'`
        pub pattern: Option<String>,
        /// `jsonb_typeof(col) = 'array'`
        pub json_array: bool,
        /// `col = <expression of other columns>`: computed after the others
        pub equals: Option<Expr>,
        /// `(...) = (col IS NULL)`: whether it is NULL decides another column, so half and half
        pub null_decides: bool,
    }

    fn conjuncts(e: &Expr) -> Vec<&Expr> {
        match e {
            Expr::And(a, b) => {
                let mut v = conjuncts(a);
                v.extend(conjuncts(b));
                v
            }
            other => vec![other],
        }
    }

    fn col_of(e: &Expr) -> Option<&str> {
        match e {
            Expr::Col(c) => Some(c),
            Expr::Cast(x, _) => col_of(x),
            _ => None,
        }
    }

    fn lit_of(e: &Expr) -> Option<Val> {
        match e {
            Expr::Lit(v @ (Val::Num(_) | Val::Text(_) | Val::Bool(_))) => Some(v.clone()),
            Expr::Neg(x) => match lit_of(x)? {
                Val::Num(n) => Some(Val::Num(-n)),
                _ => None,
            },
            Expr::Cast(x, _) => lit_of(x),
            _ => None,
        }
    }

    pub fn mentions_column(e: &Expr) -> bool {
        match e {
            Expr::Col(_) => true,
            Expr::Lit(_) | Expr::Unknown => false,
            Expr::Not(x) | Expr::Neg(x) | Expr::IsNull(x, _) | Expr::IsBool(x, _, _) | Expr::Cast(x, _) => mentions_column(x),
            Expr::And(a, b)
            | Expr::Or(a, b)
            | Expr::Cmp(_, a, b)
            | Expr::Arith(_, a, b)
            | Expr::Concat(a, b)
            | Expr::Distinct(a, b, _)
            | Expr::Like(a, b, _)
            | Expr::Regex(a, b, _) => mentions_column(a) || mentions_column(b),
            Expr::In(x, items, _) => mentions_column(x) || items.iter().any(mentions_column),
            Expr::Between(x, a, b, _) => mentions_column(x) || mentions_column(a) || mentions_column(b),
            Expr::Func(_, args) => args.iter().any(mentions_column),
        }
    }

    fn mentions(e: &Expr, col: &str) -> bool {
        match e {
            Expr::Col(c) => c == col,
            Expr::Lit(_) | Expr::Unknown => false,
            Expr::Not(x) | Expr::Neg(x) | Expr::IsNull(x, _) | Expr::IsBool(x, _, _) | Expr::Cast(x, _) => mentions(x, col),
            Expr::And(a, b)
            | Expr::Or(a, b)
            | Expr::Cmp(_, a, b)
            | Expr::Arith(_, a, b)
            | Expr::Concat(a, b)
            | Expr::Distinct(a, b, _)
            | Expr::Like(a, b, _)
            | Expr::Regex(a, b, _) => mentions(a, col) || mentions(b, col),
            Expr::In(x, items, _) => mentions(x, col) || items.iter().any(|i| mentions(i, col)),
            Expr::Between(x, a, b, _) => mentions(x, col) || mentions(a, col) || mentions(b, col),
            Expr::Func(_, args) => args.iter().any(|a| mentions(a, col)),
        }
    }

    fn val_text(v: &Val) -> Option<String> {
        match v {
            Val::Num(_) | Val::Text(_) | Val::Bool(_) => text_of(v),
            _ => None,
        }
    }

    fn num(v: &Val) -> Option<f64> {
        match v {
            Val::Num(n) => Some(*n),
            Val::Text(s) => s.trim().parse().ok(),
            _ => None,
        }
    }

    fn bound(h: &mut Hint, op: Cmp, v: &Val) {
        let lower = |h: &mut Hint, x: f64, strict: bool| {
            if h.lo.is_none_or(|(l, _)| x > l) {
                h.lo = Some((x, strict));
            }
        };
        let upper = |h: &mut Hint, x: f64, strict: bool| {
            if h.hi.is_none_or(|(u, _)| x < u) {
                h.hi = Some((x, strict));
            }
        };
        match op {
            Cmp::Eq => {
                if let Some(t) = val_text(v) {
                    h.choices = Some(vec![t]);
                }
            }
            Cmp::Ne => {
                if let Some(t) = val_text(v) {
                    h.not.push(t);
                }
            }
            Cmp::Gt | Cmp::Ge => {
                if let Some(x) = num(v) {
                    lower(h, x, op == Cmp::Gt);
                }
            }
            Cmp::Lt | Cmp::Le => {
                if let Some(x) = num(v) {
                    upper(h, x, op == Cmp::Lt);
                }
            }
        }
    }

    fn flip(op: Cmp) -> Cmp {
        match op {
            Cmp::Lt => Cmp::Gt,
            Cmp::Le => Cmp::Ge,
            Cmp::Gt => Cmp::Lt,
            Cmp::Ge => Cmp::Le,
            o => o,
        }
    }

    /// Adds what `e` (a whole CHECK expression) says about single columns.
    pub fn hints(e: &Expr, out: &mut BTreeMap<String, Hint>) {
        for c in conjuncts(e) {
            hint_one(c, out);
        }
    }

    fn hint_one(c: &Expr, out: &mut BTreeMap<String, Hint>) {
        match c {
            // `x IS NULL OR <condition>`: the condition holds whenever x has a value
            Expr::Or(a, b) => {
                for (n, rest) in [(a, b), (b, a)] {
                    if let Expr::IsNull(x, false) = &**n {
                        if let Some(col) = col_of(x) {
                            if conjuncts(rest).iter().all(|r| mentions(r, col)) {
                                hints(rest, out);
                            }
                        }
                    }
                }
            }
            Expr::In(x, items, false) => {
                if let Some(col) = col_of(x) {
                    let lits: Option<Vec<String>> = items.iter().map(|i| lit_of(i).and_then(|v| val_text(&v))).collect();
                    if let Some(lits) = lits {
                        let h = out.entry(col.to_string()).or_default();
                        h.choices = Some(match h.choices.take() {
                            Some(prev) => prev.into_iter().filter(|p| lits.contains(p)).collect(),
                            None => lits,
                        });
                    }
                }
            }
            Expr::In(x, items, true) => {
                if let Some(col) = col_of(x) {
                    let h = out.entry(col.to_string()).or_default();
                    h.not.extend(items.iter().filter_map(|i| lit_of(i).and_then(|v| val_text(&v))));
                }
            }
            Expr::Between(x, lo, hi, false) => {
                if let (Some(col), Some(lo), Some(hi)) = (col_of(x), lit_of(lo), lit_of(hi)) {
                    let h = out.entry(col.to_string()).or_default();
                    bound(h, Cmp::Ge, &lo);
                    bound(h, Cmp::Le, &hi);
                }
            }
            Expr::Cmp(op, a, b) => {
                if let (Some(col), Some(v)) = (col_of(a), lit_of(b)) {
                    bound(out.entry(col.to_string()).or_default(), *op, &v);
                } else if let (Some(v), Some(col)) = (lit_of(a), col_of(b)) {
                    bound(out.entry(col.to_string()).or_default(), flip(*op), &v);
                } else if *op == Cmp::Eq {
                    for x in [a, b] {
                        if let Expr::IsNull(inner, _) = &**x {
                            if let Some(col) = col_of(inner) {
                                out.entry(col.to_string()).or_default().null_decides = true;
                            }
                        }
                    }
                    for (x, y) in [(a, b), (b, a)] {
                        if let Expr::Func(f, args) = &**x {
                            if (f == "jsonb_typeof" || f == "json_typeof") && args.len() == 1 {
                                if let (Some(col), Some(Val::Text(t))) = (col_of(&args[0]), lit_of(y)) {
                                    if t == "array" {
                                        out.entry(col.to_string()).or_default().json_array = true;
                                    }
                                }
                            }
                        }
                    }
                    if let Expr::Col(col) = &**a {
                        if mentions_column(b) && !mentions(b, col) {
                            out.entry(col.clone()).or_default().equals = Some((**b).clone());
                        }
                    }
                }
            }
            Expr::Regex(x, p, false) => {
                if let (Some(col), Some(Val::Text(p))) = (col_of(x), lit_of(p)) {
                    out.entry(col.to_string()).or_default().pattern = Some(p);
                }
            }
            _ => {}
        }
    }
}

// ---------------------------------------------------------------- realistic words

const FIRST: &[&str] = &[
    "Olivia",
    "Liam",
    "Emma",
    "Noah",
    "Ava",
    "Oliver",
    "Sophia",
    "Elijah",
    "Isabella",
    "James",
    "Mia",
    "William",
    "Amelia",
    "Benjamin",
    "Harper",
    "Lucas",
    "Evelyn",
    "Henry",
    "Abigail",
    "Alexander",
    "Emily",
    "Daniel",
    "Ella",
    "Matthew",
    "Grace",
    "Samuel",
    "Chloe",
    "David",
    "Zoe",
    "Joseph",
    "Nora",
    "Carter",
    "Lily",
    "Owen",
    "Hannah",
    "Wyatt",
    "Layla",
    "Jack",
    "Aria",
    "Leo",
];
const LAST: &[&str] = &[
    "Smith",
    "Johnson",
    "Williams",
    "Brown",
    "Jones",
    "Garcia",
    "Miller",
    "Davis",
    "Rodriguez",
    "Martinez",
    "Hernandez",
    "Lopez",
    "Gonzalez",
    "Wilson",
    "Anderson",
    "Thomas",
    "Taylor",
    "Moore",
    "Jackson",
    "Martin",
    "Lee",
    "Perez",
    "Thompson",
    "White",
    "Harris",
    "Sanchez",
    "Clark",
    "Ramirez",
    "Lewis",
    "Robinson",
    "Walker",
    "Young",
    "Allen",
    "King",
    "Wright",
    "Scott",
    "Torres",
    "Nguyen",
    "Hill",
    "Flores",
];
const COMPANY_A: &[&str] = &[
    "Acme",
    "Globex",
    "Initech",
    "Umbrella",
    "Stark",
    "Wayne",
    "Hooli",
    "Vandelay",
    "Soylent",
    "Wonka",
    "Cyberdyne",
    "Tyrell",
    "Aperture",
    "Northwind",
    "Contoso",
    "Fabrikam",
    "Blue Sky",
    "Silver Oak",
    "Red Rock",
    "Bright Path",
];
const COMPANY_B: &[&str] = &[
    "Events",
    "Logistics",
    "Foods",
    "Retail",
    "Services",
    "Labs",
    "Holdings",
    "Partners",
    "Studios",
    "Systems",
    "Outfitters",
    "Kitchens",
    "Home Care",
    "Supply",
    "Group",
];
const PRODUCT_ADJ: &[&str] = &[
    "Classic",
    "Organic",
    "Premium",
    "Compact",
    "Deluxe",
    "Eco",
    "Vintage",
    "Smart",
    "Ultra",
    "Essential",
    "Handmade",
    "Wireless",
    "Rustic",
    "Modern",
    "Travel",
];
const PRODUCT_NOUN: &[&str] = &[
    "Coffee Mug",
    "Water Bottle",
    "Backpack",
    "Desk Lamp",
    "Notebook",
    "T-Shirt",
    "Sneakers",
    "Headphones",
    "Candle",
    "Tote Bag",
    "Sunglasses",
    "Wallet",
    "Blanket",
    "Teapot",
    "Phone Case",
    "Scarf",
    "Watch",
    "Cutting Board",
    "Plant Pot",
    "Umbrella",
];
const DISH: &[&str] = &[
    "Margherita Pizza",
    "Caesar Salad",
    "Beef Burger",
    "Fish Tacos",
    "Pad Thai",
    "Chicken Curry",
    "Tomato Soup",
    "Grilled Salmon",
    "Mushroom Risotto",
    "Club Sandwich",
    "Lemon Tart",
    "Chocolate Cake",
    "Iced Tea",
    "Espresso",
    "Lemonade",
    "French Fries",
    "Garden Salad",
    "Ramen",
    "Falafel Wrap",
    "Cheesecake",
];
const PLACES: &[&str] = &[
    "Downtown",
    "Uptown",
    "Riverside",
    "Harbor",
    "Midtown",
    "Westside",
    "Eastgate",
    "Northfield",
    "Southpark",
    "Old Town",
    "Lakeside",
    "Hillcrest",
    "Airport",
    "University",
    "Market Street",
];
const CITIES: &[&str] = &[
    "Springfield",
    "Riverton",
    "Fairview",
    "Georgetown",
    "Madison",
    "Franklin",
    "Clinton",
    "Arlington",
    "Salem",
    "Bristol",
    "Ashland",
    "Oakland",
    "Burlington",
    "Dayton",
    "Milton",
];
const STREETS: &[&str] = &[
    "Main St",
    "Oak Ave",
    "Maple Dr",
    "Cedar Ln",
    "Pine St",
    "Elm St",
    "Washington Ave",
    "Lake Rd",
    "Hill St",
    "Park Ave",
    "Sunset Blvd",
    "River Rd",
];
const ROLES: &[&str] = &[
    "Owner",
    "Administrator",
    "Manager",
    "Project Manager",
    "Editor",
    "Contributor",
    "Viewer",
    "Accountant",
    "Support Agent",
    "Auditor",
    "Dispatcher",
    "Team Lead",
];
const MENUS: &[&str] =
    &["Breakfast", "Brunch", "Lunch", "Dinner", "Late Night", "Drinks", "Desserts", "Kids", "Seasonal", "Tasting", "Happy Hour", "Weekend"];
const TEAMS: &[&str] =
    &["Marketing", "Sales", "Engineering", "Operations", "Finance", "Support", "Design", "Research", "Logistics", "People"];
const VERBS: &[&str] = &["Repair", "Install", "Inspect", "Replace", "Review", "Update", "Prepare", "Schedule", "Clean", "Service"];
const OBJECTS: &[&str] = &[
    "water heater",
    "kitchen sink",
    "HVAC unit",
    "garage door",
    "quarterly report",
    "ceiling fan",
    "dishwasher",
    "electrical panel",
    "roof gutters",
    "thermostat",
];
const WORDS: &[&str] = &[
    "quick", "reliable", "fresh", "local", "seasonal", "premium", "friendly", "urgent", "weekly", "custom", "standard", "annual", "spare",
    "new", "repair", "install", "inspect", "replace", "clean", "deliver", "order", "service", "customer", "kitchen", "garden", "window",
    "heater", "filter", "panel", "door", "light", "roof", "pipe", "floor", "battery", "schedule", "request", "note", "visit", "team",
];
const BRANDS: &[&str] = &["Northwind", "Everyday", "Summit", "Harbor & Co", "Atlas", "Nimbus", "Pioneer", "Lumen", "Oakridge", "Bluebird"];
const CATEGORIES: &[&str] = &["Home", "Kitchen", "Apparel", "Electronics", "Outdoors", "Beauty", "Toys", "Books", "Grocery", "Sports"];
const COLORS: &[&str] = &["red", "blue", "green", "black", "white", "navy", "olive", "sand", "grey", "teal"];
const AREAS: &[&str] = &["Main room", "Patio", "Bar", "Terrace", "Private room", "Window"];
const CURRENCIES: &[&str] = &["USD", "EUR", "GBP", "CAD", "AUD"];
const TIMEZONES: &[&str] = &[
    "UTC",
    "America/New_York",
    "America/Chicago",
    "America/Los_Angeles",
    "Europe/London",
    "Europe/Berlin",
    "Asia/Tokyo",
    "Australia/Sydney",
];
const COUNTRIES: &[&str] = &["US", "GB", "DE", "FR", "CA", "AU", "NL", "ES"];
const STATUSES: &[&str] = &["active", "pending", "inactive"];

const PEOPLE_TABLES: &[&str] = &[
    "users",
    "customers",
    "contacts",
    "employees",
    "members",
    "guests",
    "technicians",
    "staff",
    "people",
    "persons",
    "patients",
    "students",
    "drivers",
    "agents",
    "teachers",
    "owners",
    "candidates",
    "volunteers",
    "authors",
];
const COMPANY_TABLES: &[&str] = &[
    "organizations",
    "organisations",
    "companies",
    "tenants",
    "businesses",
    "vendors",
    "suppliers",
    "accounts",
    "partners",
    "clients",
    "merchants",
];

fn last_word(s: &str) -> &str {
    s.rsplit('_').next().unwrap_or(s)
}

fn slugify(s: &str) -> String {
    let mut out = String::new();
    for ch in s.chars() {
        if ch.is_ascii_alphanumeric() {
            out.push(ch.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() {
        "item".into()
    } else {
        out
    }
}

fn upper_letters(s: &str, n: usize) -> String {
    s.chars().filter(char::is_ascii_alphabetic).take(n).collect::<String>().to_ascii_uppercase()
}

/// What a text column holds, guessed from its name, its table and its checks.
#[derive(Debug, Clone, PartialEq)]
enum TextKind {
    Email,
    First,
    Last,
    Full,
    Username,
    Company,
    Product,
    Dish,
    Place(&'static str),
    Role,
    Menu,
    Team,
    Slug,
    Phone,
    Url,
    Currency,
    Timezone,
    Country,
    City,
    Street,
    Postal,
    Sku,
    Barcode,
    Code(String),
    Number(String),
    Label(String),
    Title,
    Sentence,
    Color,
    Brand,
    Category,
    Area,
    Hex,
    External(String),
    Status,
    Named,
    Words,
}

fn name_kind(table: &str) -> TextKind {
    let last = last_word(table);
    if PEOPLE_TABLES.contains(&last) {
        TextKind::Full
    } else if COMPANY_TABLES.contains(&last) {
        TextKind::Company
    } else if table.contains("menu_item") || table.contains("dish") || table.contains("recipe") {
        TextKind::Dish
    } else if ["products", "items", "articles", "goods", "variants", "skus"].contains(&last) {
        TextKind::Product
    } else if ["stores", "shops"].contains(&last) {
        TextKind::Place("Store")
    } else if last == "warehouses" {
        TextKind::Place("Warehouse")
    } else if ["branches", "locations", "sites", "offices", "areas", "regions", "zones", "territories", "districts"].contains(&last) {
        TextKind::Place("")
    } else if ["roles", "positions", "titles"].contains(&last) {
        TextKind::Role
    } else if last == "menus" {
        TextKind::Menu
    } else if ["workspaces", "teams", "groups", "departments", "projects", "units"].contains(&last) {
        TextKind::Team
    } else {
        TextKind::Named
    }
}

fn text_kind(table: &str, col: &str, pattern: Option<&str>) -> TextKind {
    let words: Vec<&str> = col.split('_').collect();
    let last = last_word(col);
    let prefix_word = if words.len() > 1 { words[words.len() - 2] } else { "" };
    if let Some(p) = pattern {
        if p.contains('@') {
            return TextKind::Email;
        }
        if p.contains("a-z") && !p.contains("A-Z") && p.contains('-') {
            return TextKind::Slug;
        }
        if p.contains("A-Z") && !p.contains("a-z") {
            return if col.contains("currency") { TextKind::Currency } else { TextKind::Code(upper_letters(table, 3)) };
        }
    }
    match col {
        _ if col.contains("email") => TextKind::Email,
        "first_name" | "given_name" | "firstname" => TextKind::First,
        "last_name" | "surname" | "family_name" | "lastname" => TextKind::Last,
        "full_name" | "display_name" | "contact_name" | "guest_name" | "customer_name" | "person_name" | "user_name"
        | "technician_name" | "employee_name" => TextKind::Full,
        "username" | "login" | "handle" | "nickname" => TextKind::Username,
        _ if last == "slug" => TextKind::Slug,
        _ if col.contains("phone") || col.contains("mobile") || col == "fax" || col == "tel" => TextKind::Phone,
        _ if last == "url" || last == "uri" || col == "website" || col == "homepage" || col == "link" => TextKind::Url,
        _ if col.contains("currency") => TextKind::Currency,
        _ if col.contains("timezone") || col == "tz" || col == "time_zone" => TextKind::Timezone,
        _ if col.contains("country") => TextKind::Country,
        "city" | "town" => TextKind::City,
        _ if col.contains("street") || col == "address" || col.starts_with("address_line") => TextKind::Street,
        _ if col.contains("postal") || col.contains("zip") || col.contains("postcode") => TextKind::Postal,
        "sku" => TextKind::Sku,
        "barcode" | "ean" | "upc" | "gtin" | "isbn" => TextKind::Barcode,
        _ if last == "code" => TextKind::Code(upper_letters(if prefix_word.is_empty() { table } else { prefix_word }, 3)),
        "number" => {
            let parts: Vec<&str> = table.split('_').collect();
            let p = if parts.len() > 1 {
                parts.iter().filter_map(|w| w.chars().next()).collect::<String>().to_ascii_uppercase()
            } else {
                upper_letters(table, 3)
            };
            TextKind::Number(p)
        }
        _ if last == "number" || last == "no" || last == "num" => TextKind::Number(upper_letters(prefix_word, 3)),
        "label" => TextKind::Label(upper_letters(last_word(table), 1)),
        "title" | "subject" | "headline" => TextKind::Title,
        _ if last == "title" => TextKind::Title,
        "description" | "notes" | "note" | "comment" | "comments" | "bio" | "summary" | "body" | "details" | "message" | "instructions"
        | "reason" | "content" => TextKind::Sentence,
        "color" | "colour" => TextKind::Color,
        "brand" | "manufacturer" | "make" => TextKind::Brand,
        "category" | "department" | "genre" => TextKind::Category,
        "area" | "zone" | "section" | "room" => TextKind::Area,
        _ if ["token", "secret", "hash", "digest", "signature", "checksum", "fingerprint"].contains(&last) => TextKind::Hex,
        _ if last == "id" && !prefix_word.is_empty() => TextKind::External(prefix_word.chars().take(3).collect()),
        "status" | "state" | "kind" | "type" | "tier" | "level" | "stage" => TextKind::Status,
        "name" => name_kind(table),
        _ if last == "name" => match name_kind(&format!("{prefix_word}s")) {
            TextKind::Named => TextKind::Named,
            k => k,
        },
        _ => TextKind::Words,
    }
}

/// Per-row context shared by the columns of one row: one person, one name.
struct RowCtx {
    first: &'static str,
    last: &'static str,
    name: Option<String>,
}

fn sentence(rng: &mut Rng) -> String {
    let n = rng.range(4, 9) as usize;
    let mut words: Vec<&str> = (0..n).map(|_| rng.pick(WORDS)).collect();
    let first = words[0];
    let mut cap = first[..1].to_ascii_uppercase();
    cap.push_str(&first[1..]);
    words[0] = "";
    let rest = words[1..].join(" ");
    format!("{cap} {rest}.")
}

fn text_value(kind: &TextKind, rng: &mut Rng, ctx: &mut RowCtx, seq: usize) -> String {
    let named = |ctx: &mut RowCtx, v: String| {
        ctx.name = Some(v.clone());
        v
    };
    match kind {
        TextKind::Email => format!("{}.{}@example.com", ctx.first.to_ascii_lowercase(), ctx.last.to_ascii_lowercase()),
        TextKind::First => ctx.first.to_string(),
        TextKind::Last => ctx.last.to_string(),
        TextKind::Full => named(ctx, format!("{} {}", ctx.first, ctx.last)),
        TextKind::Username => format!("{}.{}", ctx.first.to_ascii_lowercase(), ctx.last.to_ascii_lowercase()),
        TextKind::Company => {
            let v = format!("{} {}", rng.pick(COMPANY_A), rng.pick(COMPANY_B));
            named(ctx, v)
        }
        TextKind::Product => {
            let v = format!("{} {}", rng.pick(PRODUCT_ADJ), rng.pick(PRODUCT_NOUN));
            named(ctx, v)
        }
        TextKind::Dish => {
            let v = rng.pick(DISH).to_string();
            named(ctx, v)
        }
        TextKind::Place(suffix) => {
            let p = rng.pick(PLACES);
            let v = if suffix.is_empty() { p.to_string() } else { format!("{p} {suffix}") };
            named(ctx, v)
        }
        TextKind::Role => {
            let v = rng.pick(ROLES).to_string();
            named(ctx, v)
        }
        TextKind::Menu => {
            let v = rng.pick(MENUS).to_string();
            named(ctx, v)
        }
        TextKind::Team => {
            let v = rng.pick(TEAMS).to_string();
            named(ctx, v)
        }
        TextKind::Named => {
            let a = rng.pick(PLACES);
            let b = rng.pick(TEAMS);
            named(ctx, format!("{a} {b}"))
        }
        TextKind::Slug => match &ctx.name {
            Some(n) => slugify(n),
            None => format!("{}-{}", rng.pick(WORDS), rng.pick(WORDS)),
        },
        TextKind::Phone => format!("+1-555-{:03}-{:04}", rng.range(100, 999), rng.range(0, 9999)),
        TextKind::Url => {
            format!("https://example.com/{}/{}", ctx.name.as_deref().map_or_else(|| rng.pick(WORDS).to_string(), slugify), rng.hex(8))
        }
        TextKind::Currency => rng.pick(CURRENCIES).into(),
        TextKind::Timezone => rng.pick(TIMEZONES).into(),
        TextKind::Country => rng.pick(COUNTRIES).into(),
        TextKind::City => rng.pick(CITIES).into(),
        TextKind::Street => format!("{} {}", rng.range(1, 9999), rng.pick(STREETS)),
        TextKind::Postal => format!("{:05}", rng.range(1000, 99999)),
        TextKind::Sku => format!("SKU-{:06}", seq + 1),
        TextKind::Barcode => format!("{:013}", rng.range(1_000_000_000_000, 9_999_999_999_999)),
        TextKind::Code(p) => format!("{}-{:03}", if p.is_empty() { "C" } else { p }, seq + 1),
        TextKind::Number(p) => format!("{}-{:06}", if p.is_empty() { "N" } else { p }, seq + 1),
        TextKind::Label(p) => format!("{}{}", if p.is_empty() { "L" } else { p }, seq + 1),
        TextKind::Title => format!("{} {}", rng.pick(VERBS), rng.pick(OBJECTS)),
        TextKind::Sentence => sentence(rng),
        TextKind::Color => rng.pick(COLORS).into(),
        TextKind::Brand => rng.pick(BRANDS).into(),
        TextKind::Category => rng.pick(CATEGORIES).into(),
        TextKind::Area => rng.pick(AREAS).into(),
        TextKind::Hex => rng.hex(32),
        TextKind::External(p) => format!("{}_{}", if p.is_empty() { "ext" } else { p }, rng.alnum(14)),
        TextKind::Status => rng.pick(STATUSES).into(),
        TextKind::Words => {
            let n = rng.range(2, 3) as usize;
            (0..n).map(|_| rng.pick(WORDS)).collect::<Vec<_>>().join(" ")
        }
    }
}

/// Values a unique text column already holds (in one tenant, or overall).
#[derive(Debug, Default)]
struct Used {
    values: HashSet<String>,
    /// Per base value: the suffix number to try next, so repeats cost O(1).
    next: HashMap<String, usize>,
}

/// `base`, or a variant of it that `used` does not hold yet.
fn uniquify(base: &str, kind: &TextKind, max: Option<usize>, used: &mut Used) -> String {
    let fit = |s: &str, room: Option<usize>| -> String {
        match room {
            Some(m) => s.chars().take(m).collect(),
            None => s.to_string(),
        }
    };
    let first = fit(base, max);
    if !used.values.contains(&first) {
        return first;
    }
    let start = used.next.get(base).copied().unwrap_or(2);
    for n in start..start + used.values.len() + 3 {
        let cand = match kind {
            TextKind::Email => {
                let (local, domain) = base.split_once('@').unwrap_or((base, "example.com"));
                let tail = format!("{n}@{domain}");
                format!("{}{tail}", fit(local, max.map(|m| m.saturating_sub(tail.chars().count()))))
            }
            _ => {
                let suffix = match kind {
                    TextKind::Slug
                    | TextKind::Username
                    | TextKind::External(_)
                    | TextKind::Hex
                    | TextKind::Code(_)
                    | TextKind::Number(_)
                    | TextKind::Sku => format!("-{n}"),
                    TextKind::Postal | TextKind::Barcode | TextKind::Label(_) => format!("{n}"),
                    _ => format!(" {n}"),
                };
                format!("{}{suffix}", fit(base, max.map(|m| m.saturating_sub(suffix.chars().count()))))
            }
        };
        if !used.values.contains(&cand) {
            used.next.insert(base.to_string(), n + 1);
            return cand;
        }
    }
    first
}

// ---------------------------------------------------------------- column types

/// A column type as the generator sees it.
#[derive(Debug, Clone, PartialEq)]
enum Base {
    Text(Option<usize>),
    Int(i64, i64),
    Numeric(Option<u32>, u32),
    Bool,
    Uuid,
    Timestamp(bool),
    Date,
    Time,
    Interval,
    Json,
    Inet,
    Bytea,
    TsVector,
    Labels(Vec<String>),
    Array(Box<Option<Base>>),
}

/// An enum or domain type the model does not describe, as the catalog does.
#[derive(Debug, Clone, PartialEq)]
pub enum CatalogType {
    Enum(Vec<String>),
    Domain(String),
    Other,
}

fn base_of(type_: &str, model: &DatabaseModel, catalog: &BTreeMap<String, CatalogType>, depth: usize) -> Option<Base> {
    let t = type_.trim();
    if let Some(elem) = t.strip_suffix("[]") {
        return Some(Base::Array(Box::new(base_of(elem, model, catalog, depth))));
    }
    let plain = t.replace('"', "");
    if let Some(e) =
        model.enums.get(&plain).or_else(|| if plain.contains('.') { None } else { model.enums.values().find(|e| e.name == plain) })
    {
        return Some(Base::Labels(e.values.clone()));
    }
    match catalog.get(t) {
        Some(CatalogType::Enum(labels)) if !labels.is_empty() => return Some(Base::Labels(labels.clone())),
        Some(CatalogType::Domain(b)) if depth < 4 => return base_of(b, model, catalog, depth + 1),
        _ => {}
    }
    let lower = plain.to_ascii_lowercase();
    let lower = match lower.split_once('.') {
        Some(("pg_catalog" | "public", rest)) => rest.to_string(),
        _ => lower,
    };
    let name = lower.split('(').next().unwrap_or("").trim();
    let args: Vec<u32> = lower
        .split_once('(')
        .and_then(|(_, rest)| rest.split(')').next())
        .map(|a| a.split(',').filter_map(|n| n.trim().parse().ok()).collect())
        .unwrap_or_default();
    Some(match name {
        "text" | "citext" | "name" | "character varying" | "varchar" => Base::Text(args.first().map(|n| *n as usize)),
        "character" | "char" | "bpchar" => Base::Text(Some(args.first().map_or(1, |n| *n as usize))),
        "smallint" | "int2" => Base::Int(-32_768, 32_767),
        "integer" | "int" | "int4" => Base::Int(-2_147_483_648, 2_147_483_647),
        "bigint" | "int8" => Base::Int(-1_000_000_000_000_000, 1_000_000_000_000_000),
        "numeric" | "decimal" => Base::Numeric(args.first().copied(), args.get(1).copied().unwrap_or(if args.is_empty() { 2 } else { 0 })),
        "money" => Base::Numeric(Some(12), 2),
        "real" | "double precision" | "float4" | "float8" => Base::Numeric(None, 2),
        "boolean" | "bool" => Base::Bool,
        "uuid" => Base::Uuid,
        n if n.starts_with("timestamp") => Base::Timestamp(n.contains("with time zone") || n == "timestamptz"),
        "date" => Base::Date,
        n if n.starts_with("time") => Base::Time,
        n if n.starts_with("interval") => Base::Interval,
        "json" | "jsonb" => Base::Json,
        "inet" | "cidr" => Base::Inet,
        "bytea" => Base::Bytea,
        "tsvector" => Base::TsVector,
        _ => return None,
    })
}

/// How one column's values are made.
#[derive(Debug, Clone, PartialEq)]
enum Gen {
    Uuid,
    Int {
        lo: i64,
        hi: i64,
        seq: bool,
    },
    /// In units of 10^-scale.
    Dec {
        lo: i64,
        hi: i64,
        scale: u32,
    },
    Bool(f64),
    Choice(Vec<String>),
    Text {
        kind: TextKind,
        max: Option<usize>,
    },
    Date,
    Timestamp(bool),
    Time,
    Interval,
    Json(Json),
    Array(Option<Box<Gen>>),
    Inet,
    Bytea,
    TsVector,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Json {
    Object,
    Array,
    Address,
}

fn name_range(name: &str) -> Option<(f64, f64)> {
    let w: Vec<&str> = name.split('_').collect();
    let has = |x: &str| w.contains(&x);
    Some(if has("discount") {
        (0.0, 20.0)
    } else if has("tax") {
        (0.0, 60.0)
    } else if has("fee") || has("shipping") || has("tip") {
        (0.0, 40.0)
    } else if has("rate") || has("wage") {
        (15.0, 120.0)
    } else if has("paid") || has("refund") || has("refunded") {
        (0.0, 300.0)
    } else if has("price") {
        (1.0, 300.0)
    } else if has("cost") {
        (1.0, 150.0)
    } else if ["total", "subtotal", "amount", "balance", "estimate", "budget", "revenue", "salary", "value"].iter().any(|x| has(x)) {
        (10.0, 2000.0)
    } else if has("percent") || has("pct") || has("percentage") {
        (0.0, 100.0)
    } else if has("quantity") || has("qty") {
        (1.0, 10.0)
    } else if has("seats") || has("size") || has("guests") || has("people") {
        (1.0, 8.0)
    } else if has("capacity") {
        (10.0, 200.0)
    } else if has("points") {
        (0.0, 5000.0)
    } else if has("minutes") {
        (5.0, 90.0)
    } else if has("hours") {
        (1.0, 12.0)
    } else if has("days") {
        (1.0, 30.0)
    } else if has("age") {
        (18.0, 80.0)
    } else if has("year") {
        (1990.0, 2026.0)
    } else if has("rating") || has("stars") || has("score") {
        (1.0, 5.0)
    } else if has("count") {
        (0.0, 50.0)
    } else if ["hand", "stock", "reserved", "reorder", "inventory"].iter().any(|x| has(x)) {
        (0.0, 200.0)
    } else if has("latitude") || has("lat") {
        (-90.0, 90.0)
    } else if has("longitude") || has("lng") || has("lon") {
        (-180.0, 180.0)
    } else {
        return None;
    })
}

fn seq_like(name: &str) -> bool {
    let last = last_word(name);
    ["position", "sort", "rank", "sequence", "ordinal", "seq"].contains(&last)
        || name == "line_no"
        || name == "line_number"
        || name == "sort_order"
}

/// A number generator inside the type's limits, the name's realistic range and the checks' bounds.
fn number_gen(name: &str, tlo: f64, thi: f64, scale: u32, hint: &check::Hint, seq: bool) -> Option<Gen> {
    let unit = 10f64.powi(-(scale as i32));
    let clo = hint.lo.map(|(v, strict)| if strict { v + unit } else { v }).unwrap_or(tlo).max(tlo);
    let chi = hint.hi.map(|(v, strict)| if strict { v - unit } else { v }).unwrap_or(thi).min(thi);
    if clo > chi {
        return None;
    }
    let (nlo, nhi) = name_range(name).unwrap_or(if scale > 0 { (0.0, 1000.0) } else { (1.0, thi.min(1000.0)) });
    let (mut lo, mut hi) = (nlo.max(clo), nhi.min(chi));
    if lo > hi {
        // the realistic range is outside what the checks allow: stay near the allowed edge
        lo = clo;
        hi = chi.min(clo + (nhi - nlo).abs().max(10.0));
    }
    let p = 10f64.powi(scale as i32);
    let (ulo, uhi) = ((lo * p).ceil() as i64, (hi * p).floor() as i64);
    if ulo > uhi {
        return None;
    }
    Some(if scale == 0 { Gen::Int { lo: ulo, hi: uhi, seq: seq || seq_like(name) } } else { Gen::Dec { lo: ulo, hi: uhi, scale } })
}

fn fmt_units(u: i64, scale: u32) -> String {
    if scale == 0 {
        return u.to_string();
    }
    let p = 10i64.pow(scale);
    let sign = if u < 0 { "-" } else { "" };
    format!("{sign}{}.{:0width$}", u.abs() / p, u.abs() % p, width = scale as usize)
}

fn fmt_ts(secs: i64, tz: bool) -> String {
    let d = Date::from_days(secs.div_euclid(DAY));
    let s = secs.rem_euclid(DAY);
    format!("{} {:02}:{:02}:{:02}{}", d.iso(), s / 3600, s % 3600 / 60, s % 60, if tz { "+00" } else { "" })
}

fn fmt_date(secs: i64) -> String {
    Date::from_days(secs.div_euclid(DAY)).iso()
}

/// `2026-01-01`, `2026-01-01 00:00:00`, `2026-01-01 00:00:00+01`, ... → seconds since 1970 (UTC).
fn parse_time(s: &str) -> Option<i64> {
    let s = s.trim();
    let date = Date::parse(s.get(..10)?)?;
    let mut secs = date.days() * DAY;
    let rest = s.get(10..).unwrap_or("").trim().trim_start_matches('T');
    if rest.is_empty() {
        return Some(secs);
    }
    let split = rest.find(['+', '-']).unwrap_or(rest.len());
    let (hms, off) = rest.split_at(split);
    let mut parts = hms.split(':');
    let h: i64 = parts.next()?.trim().parse().ok()?;
    let m: i64 = parts.next().unwrap_or("0").parse().ok()?;
    let sec: f64 = parts.next().unwrap_or("0").parse().ok()?;
    secs += h * 3600 + m * 60 + sec as i64;
    if !off.is_empty() {
        let sign = if off.starts_with('-') { -1 } else { 1 };
        let mut o = off[1..].split(':');
        let oh: i64 = o.next()?.parse().ok()?;
        let om: i64 = o.next().unwrap_or("0").parse().ok()?;
        secs -= sign * (oh * 3600 + om * 60);
    }
    Some(secs)
}

/// A partition bound as `pg_get_expr(relpartbound)` prints it.
#[derive(Debug, Clone, PartialEq)]
pub enum LiveBound {
    Default,
    Range(Option<String>, Option<String>),
    List(Vec<String>),
    Hash,
}

fn split_values(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\'' if quoted && chars.peek() == Some(&'\'') => {
                cur.push('\'');
                chars.next();
            }
            '\'' => quoted = !quoted,
            ',' if !quoted => out.push(std::mem::take(&mut cur).trim().to_string()),
            c => cur.push(c),
        }
    }
    out.push(cur.trim().to_string());
    out.into_iter().filter(|v| !v.is_empty()).collect()
}

pub fn parse_bound(s: &str) -> LiveBound {
    let s = s.trim();
    if s.eq_ignore_ascii_case("default") {
        return LiveBound::Default;
    }
    if let Some(rest) = s.strip_prefix("FOR VALUES FROM (") {
        let Some((from, to)) = rest.split_once(") TO (") else { return LiveBound::Hash };
        let first = |v: &str| -> Option<String> {
            let v = split_values(v.trim_end_matches(')')).into_iter().next()?;
            if v.eq_ignore_ascii_case("minvalue") || v.eq_ignore_ascii_case("maxvalue") {
                None
            } else {
                Some(v)
            }
        };
        return LiveBound::Range(first(from), first(to));
    }
    if let Some(rest) = s.strip_prefix("FOR VALUES IN (") {
        return LiveBound::List(split_values(rest.trim_end_matches(')')).into_iter().filter(|v| !v.eq_ignore_ascii_case("null")).collect());
    }
    LiveBound::Hash
}

/// Tables written by the INSERT triggers of other tables, and by which trigger.
fn trigger_writers(model: &DatabaseModel) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for t in model.tables.values() {
        for trg in t.triggers.iter().filter(|g| g.events.iter().any(|e| e.eq_ignore_ascii_case("insert"))) {
            let Some(f) = model.functions.values().find(|f| f.schema == trg.function_schema && f.name == trg.function) else { continue };
            for target in insert_targets(&f.body) {
                if target != t.key() && model.tables.contains_key(&target) {
                    out.entry(target).or_insert_with(|| format!("filled by trigger {} on {}", trg.name, t.key()));
                }
            }
        }
    }
    out
}

/// `schema.table` of every `INSERT INTO schema.table` in a function body.
pub fn insert_targets(body: &str) -> Vec<String> {
    let lower = body.to_ascii_lowercase();
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = lower[from..].find("insert into") {
        let start = from + i + "insert into".len();
        let rest = lower[start..].trim_start();
        let name: String = rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '.' || *c == '"').collect();
        let name = name.replace('"', "");
        if name.contains('.') && !out.contains(&name) {
            out.push(name);
        }
        from = start;
    }
    out
}

fn dependency_order(model: &DatabaseModel) -> Vec<&Table> {
    crate::model::foreign_key_order(&model.tables.values().collect::<Vec<_>>())
}

// ---------------------------------------------------------------- the plan

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// The tenant root: one row per tenant.
    Root,
    /// Tenant-scoped: `rows` rows per tenant.
    Tenant,
    /// Shared by all tenants: `rows` rows.
    Global,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "action", content = "reason", rename_all = "snake_case")]
pub enum Disposition {
    Seed,
    /// Left as it is; its rows are parents of seeded rows.
    Keep(String),
    /// Filled by a trigger of another table while that one is seeded.
    Derived(String),
}

#[derive(Debug, Clone)]
pub struct TablePlan {
    pub key: String,
    pub schema: String,
    pub name: String,
    pub scope: Scope,
    pub disposition: Disposition,
}

#[derive(Debug, Clone)]
pub struct TenantPlan {
    /// The session setting the policies read.
    pub setting: String,
    /// The tenant key column of tenant-scoped tables.
    pub key: String,
    pub key_type: String,
    pub root: String,
    pub root_pk: String,
    pub root_in_model: bool,
}

/// Which tables get rows, in which order (parents first), and how tenants apply.
#[derive(Debug, Clone)]
pub struct Plan {
    pub database: String,
    pub tenancy: Option<TenantPlan>,
    pub tables: Vec<TablePlan>,
    pub options: Options,
    /// Remarks for the user about the plan as a whole.
    pub notes: Vec<String>,
    model: DatabaseModel,
}

/// Rows of a table that is not seeded but that seeded rows point at.
#[derive(Debug, Clone, PartialEq)]
pub struct ParentRead {
    pub table: String,
    pub schema: String,
    pub name: String,
    pub columns: Vec<String>,
}

/// Rows that already exist, as text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Existing {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Option<String>>>,
}

/// What seed needs to know from the database.
#[derive(Debug, Clone)]
pub struct Facts {
    /// The database's current date (UTC): timestamps fall in the year before it.
    pub today: Date,
    /// `schema.table` → `pg_get_expr(relpartbound)` of each partition.
    pub partitions: BTreeMap<String, Vec<String>>,
    /// Types the model does not describe (enums and domains of extensions, ...).
    pub types: BTreeMap<String, CatalogType>,
    /// Rows of the tables `Plan::parent_reads` asked for.
    pub existing: BTreeMap<String, Existing>,
}

impl Facts {
    pub fn new(today: Date) -> Facts {
        Facts { today, partitions: BTreeMap::new(), types: BTreeMap::new(), existing: BTreeMap::new() }
    }
}

impl Plan {
    pub fn new(model: &DatabaseModel, tenancy: Option<&Tenancy>, options: &Options) -> Plan {
        let mut notes = Vec::new();
        if let Some(t) = tenancy.filter(|t| t.mode != "rls") {
            notes.push(format!("tenancy mode `{}`: every table is seeded once, as a shared table", t.mode));
        }
        let tenancy = tenancy.filter(|t| t.mode == "rls").map(|t| {
            let root = qkey(&t.root_schema, &t.root_table);
            TenantPlan {
                setting: t.setting.clone(),
                key: t.key.clone(),
                key_type: t.key_type.clone(),
                root_in_model: model.tables.contains_key(&root),
                root,
                root_pk: t.root_pk.clone(),
            }
        });
        let derived = trigger_writers(model);
        let tables = dependency_order(model)
            .into_iter()
            .map(|t| {
                let key = t.key();
                let scope = match &tenancy {
                    Some(tp) if tp.root_in_model && key == tp.root => Scope::Root,
                    Some(tp) if t.tenant_scoped && t.column(&tp.key).is_some() => Scope::Tenant,
                    _ => Scope::Global,
                };
                let selected = options.only.is_empty() || options.only.contains(&key);
                let disposition = if !selected {
                    Disposition::Keep("not selected (--table)".into())
                } else if !t.rows.is_empty() {
                    Disposition::Keep(format!("reference data: its {} row(s) from the model are kept", t.rows.len()))
                } else if let Some(why) = derived.get(&key).filter(|_| !options.only.contains(&key)) {
                    Disposition::Derived(why.clone())
                } else {
                    Disposition::Seed
                };
                TablePlan { key, schema: t.schema.clone(), name: t.name.clone(), scope, disposition }
            })
            .collect();
        Plan { database: model.database.clone(), tenancy, tables, options: options.clone(), notes, model: model.clone() }
    }

    pub fn model(&self) -> &DatabaseModel {
        &self.model
    }

    fn seeded(&self) -> impl Iterator<Item = &TablePlan> {
        self.tables.iter().filter(|t| t.disposition == Disposition::Seed)
    }

    /// Tables to be seeded (checked for existing rows first).
    pub fn seeded_tables(&self) -> Vec<(String, String, String)> {
        self.seeded().map(|t| (t.key.clone(), t.schema.clone(), t.name.clone())).collect()
    }

    /// Partitioned tables to be seeded: their partitions are read first.
    pub fn partitioned(&self) -> Vec<String> {
        self.seeded().filter(|t| self.model.tables.get(&t.key).is_some_and(|m| m.partition.is_some())).map(|t| t.key.clone()).collect()
    }

    /// Column types of seeded tables that only the catalog can explain.
    pub fn unknown_types(&self) -> Vec<String> {
        let none = BTreeMap::new();
        let mut out = BTreeSet::new();
        for tp in self.seeded() {
            let Some(t) = self.model.tables.get(&tp.key) else { continue };
            for c in t.columns.iter().filter(|c| c.generated.is_none()) {
                let elem = c.type_.trim().trim_end_matches("[]").to_string();
                if base_of(&elem, &self.model, &none, 0).is_none() {
                    out.insert(elem);
                }
            }
        }
        out.into_iter().collect()
    }

    /// Tables that already hold rows are left alone: seed fills empty tables.
    pub fn keep_filled(&mut self, filled: &BTreeSet<String>) {
        for t in &mut self.tables {
            // a new tenant's rows go into tables other tenants have filled
            let for_new_tenant = !self.options.tenant_keys.is_empty() && t.scope == Scope::Tenant;
            if t.disposition == Disposition::Seed && filled.contains(&t.key) && !for_new_tenant {
                t.disposition = Disposition::Keep("already holds rows; seed fills empty tables only".into());
            }
        }
    }

    /// Tables that are not seeded but are parents of seeded ones (and the
    /// tenant root, when its rows are the tenants): which of their columns to read.
    pub fn parent_reads(&self) -> Vec<ParentRead> {
        let seeded: BTreeSet<&str> = self.seeded().map(|t| t.key.as_str()).collect();
        let mut need: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for tp in self.seeded() {
            let Some(t) = self.model.tables.get(&tp.key) else { continue };
            for f in &t.foreign_keys {
                let parent = qkey(&f.ref_schema, &f.ref_table);
                if !seeded.contains(parent.as_str()) && self.model.tables.contains_key(&parent) {
                    need.entry(parent).or_default().extend(f.ref_columns.iter().cloned());
                }
            }
        }
        if let Some(tn) = &self.tenancy {
            if tn.root_in_model && !seeded.contains(tn.root.as_str()) && !seeded.is_empty() {
                need.entry(tn.root.clone()).or_default().insert(tn.root_pk.clone());
            }
        }
        need.into_iter()
            .filter_map(|(key, cols)| {
                let tp = self.tables.iter().find(|t| t.key == key)?;
                let mut columns = Vec::new();
                match (&self.tenancy, tp.scope) {
                    (Some(tn), Scope::Tenant) => columns.push(tn.key.clone()),
                    (Some(tn), Scope::Root) => columns.push(tn.root_pk.clone()),
                    _ => {}
                }
                for c in cols {
                    if !columns.contains(&c) {
                        columns.push(c);
                    }
                }
                Some(ParentRead { table: key, schema: tp.schema.clone(), name: tp.name.clone(), columns })
            })
            .collect()
    }

    /// Materialized views to refresh once the rows are in.
    pub fn materialized_views(&self) -> Vec<(String, String)> {
        self.model.views.values().filter(|v| v.materialized).map(|v| (v.schema.clone(), v.name.clone())).collect()
    }
}

// ---------------------------------------------------------------- table shapes

#[derive(Debug, Clone, PartialEq)]
enum Src {
    /// Left to the server: generated, identity, a default kept, or NULL.
    Server,
    /// The tenant's key (the tenant key column, or the root's primary key).
    Tenant,
    /// Copied from a parent row by a foreign key.
    Foreign,
    Gen(Gen),
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum EvalKind {
    Num,
    Bool,
    Text,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum TimeRole {
    /// created_at and partition keys: the row's starting time.
    Anchor,
    /// Other times: a little later, in column order.
    After,
    /// updated_at: after all of them.
    Updated,
    Birth,
}

#[derive(Debug, Clone)]
struct Col {
    name: String,
    type_: String,
    nullable: bool,
    src: Src,
    null_p: f64,
    eval: EvalKind,
    /// What CHECK evaluation sees when the server fills the column.
    server: Option<Expr>,
    not: Vec<String>,
    unique_text: bool,
    /// Uniqueness and numbering restart for each tenant.
    per_tenant: bool,
    /// NULL whenever that column is NULL (deleted_by follows deleted_at).
    couple: Option<usize>,
    time: TimeRole,
    equals: Option<Expr>,
}

#[derive(Debug, Clone)]
struct Fk {
    cols: Vec<usize>,
    parent: String,
    ref_cols: Vec<String>,
    self_ref: bool,
    /// Part of a unique key: parents are taken in turn, not at random.
    cyclic: bool,
    /// Parents come from the same tenant.
    tenant_pool: bool,
    /// Positions already matched by taking parents from the tenant's own rows.
    by_tenant: Vec<bool>,
}

#[derive(Debug, Clone)]
struct Shape {
    key: String,
    scope: Scope,
    skip: Option<String>,
    cols: Vec<Col>,
    index: HashMap<String, usize>,
    written: Vec<usize>,
    fks: Vec<Fk>,
    uniques: Vec<Vec<usize>>,
    checks: Vec<(String, String, Expr)>,
    windows: Vec<(i64, i64)>,
    overriding: bool,
    sequences: Vec<String>,
    pool_cols: Vec<usize>,
}

impl Shape {
    fn unused(tp: &TablePlan) -> Shape {
        Shape {
            key: tp.key.clone(),
            scope: tp.scope,
            skip: Some("not seeded".into()),
            cols: Vec::new(),
            index: HashMap::new(),
            written: Vec::new(),
            fks: Vec::new(),
            uniques: Vec::new(),
            checks: Vec::new(),
            windows: Vec::new(),
            overriding: false,
            sequences: Vec::new(),
            pool_cols: Vec::new(),
        }
    }
}

fn worth_generating(g: &Gen) -> bool {
    matches!(g, Gen::Uuid | Gen::Int { .. } | Gen::Dec { .. } | Gen::Bool(_) | Gen::Choice(_) | Gen::Date | Gen::Timestamp(_) | Gen::Time)
}

fn null_share(name: &str) -> f64 {
    let rare = ["deleted", "archived", "cancelled", "canceled", "voided", "revoked", "suspended", "banned", "blocked"];
    if name.split('_').any(|w| rare.contains(&w)) {
        0.92
    } else if name.ends_with("_at") || name.ends_with("_on") {
        0.3
    } else {
        0.2
    }
}

fn time_role(name: &str) -> TimeRole {
    match name {
        "created_at" | "inserted_at" | "created_on" | "created" | "creation_date" => TimeRole::Anchor,
        "updated_at" | "modified_at" | "updated_on" | "last_modified" | "modified" => TimeRole::Updated,
        _ if name.contains("birth") || name == "dob" => TimeRole::Birth,
        _ => TimeRole::After,
    }
}

fn bool_truth(c: &Column) -> f64 {
    match c.default.as_deref().map(|d| d.trim().to_ascii_lowercase()).as_deref() {
        Some("true") => return 0.85,
        Some("false") => return 0.15,
        _ => {}
    }
    let w: Vec<&str> = c.name.split('_').collect();
    if w.iter().any(|x| ["active", "enabled", "available", "visible", "verified"].contains(x)) {
        0.9
    } else if w.iter().any(|x| ["deleted", "archived", "blocked", "suspended", "banned"].contains(x)) {
        0.05
    } else {
        0.5
    }
}

fn gen_for(base: &Base, table: &Table, c: &Column, hint: &check::Hint, in_unique: bool) -> Option<Gen> {
    if let Some(ch) = &hint.choices {
        if !matches!(base, Base::Bool | Base::Json | Base::TsVector | Base::Array(_)) {
            let ch: Vec<String> = ch.iter().filter(|v| !hint.not.contains(v)).cloned().collect();
            return (!ch.is_empty()).then_some(Gen::Choice(ch));
        }
    }
    Some(match base {
        Base::Labels(l) => {
            let l: Vec<String> = l.iter().filter(|v| !hint.not.contains(v)).cloned().collect();
            if l.is_empty() {
                return None;
            }
            Gen::Choice(l)
        }
        Base::Text(max) => Gen::Text { kind: text_kind(&table.name, &c.name, hint.pattern.as_deref()), max: *max },
        Base::Int(lo, hi) => number_gen(&c.name, *lo as f64, *hi as f64, 0, hint, in_unique)?,
        Base::Numeric(p, s) => {
            let limit = p.map_or(1e9, |p| 10f64.powi(p as i32 - *s as i32) - 10f64.powi(-(*s as i32)));
            number_gen(&c.name, -limit, limit, *s, hint, false)?
        }
        Base::Bool => Gen::Bool(bool_truth(c)),
        Base::Uuid => Gen::Uuid,
        Base::Timestamp(tz) => Gen::Timestamp(*tz),
        Base::Date => Gen::Date,
        Base::Time => Gen::Time,
        Base::Interval => Gen::Interval,
        Base::Json => Gen::Json(if hint.json_array {
            Json::Array
        } else if c.name.contains("address") {
            Json::Address
        } else {
            Json::Object
        }),
        Base::Inet => Gen::Inet,
        Base::Bytea => Gen::Bytea,
        Base::TsVector => Gen::TsVector,
        Base::Array(elem) => Gen::Array(match elem.as_ref() {
            Some(Base::Text(_)) => Some(Box::new(Gen::Text { kind: TextKind::Words, max: None })),
            Some(Base::Int(..)) => Some(Box::new(Gen::Int { lo: 1, hi: 100, seq: false })),
            _ => None,
        }),
    })
}

/// Whether `expr` (an index expression) mentions `name` as a whole word.
fn mentions_word(expr: &str, name: &str) -> bool {
    let ident = |c: char| c.is_ascii_alphanumeric() || c == '_';
    expr.match_indices(name)
        .any(|(i, _)| !expr[..i].chars().next_back().is_some_and(ident) && !expr[i + name.len()..].chars().next().is_some_and(ident))
}

fn partition_windows(bounds: &[LiveBound], today: i64) -> Option<Vec<(i64, i64)>> {
    let (lo, hi) = (today - 365 * DAY, today + DAY);
    let ranges: Vec<(Option<i64>, Option<i64>)> = bounds
        .iter()
        .filter_map(|b| match b {
            LiveBound::Range(f, t) => Some((f.as_deref().and_then(parse_time), t.as_deref().and_then(parse_time))),
            _ => None,
        })
        .collect();
    let clipped: Vec<(i64, i64)> = ranges
        .iter()
        .filter_map(|(f, t)| {
            let (a, b) = (f.unwrap_or(lo).max(lo), t.unwrap_or(hi).min(hi));
            (a < b).then_some((a, b))
        })
        .collect();
    if !clipped.is_empty() {
        return Some(clipped);
    }
    let whole: Vec<(i64, i64)> = ranges
        .iter()
        .filter_map(|r| match *r {
            (Some(a), Some(b)) if a < b => Some((a, b)),
            (Some(a), None) => Some((a, a + 30 * DAY)),
            (None, Some(b)) => Some((b - 30 * DAY, b)),
            _ => None,
        })
        .collect();
    (!whole.is_empty()).then_some(whole)
}

fn build_shape(
    plan: &Plan,
    tp: &TablePlan,
    table: &Table,
    referenced: &BTreeSet<String>,
    scopes: &HashMap<String, Scope>,
    facts: &Facts,
) -> Shape {
    let model = &plan.model;
    let today = facts.today.days() * DAY;
    let mut hints: BTreeMap<String, check::Hint> = BTreeMap::new();
    let checks: Vec<(String, String, Expr)> = table
        .checks
        .iter()
        .map(|c| {
            let e = check::parse(&c.expr);
            check::hints(&e, &mut hints);
            (c.name.clone(), c.expr.clone(), e)
        })
        .collect();
    let tenant_key: Option<String> = match (&plan.tenancy, tp.scope) {
        (Some(tn), Scope::Tenant) => Some(tn.key.clone()),
        (Some(tn), Scope::Root) => Some(tn.root_pk.clone()),
        _ => None,
    };
    let mut unique_keys: Vec<Vec<String>> = Vec::new();
    if let Some(pk) = &table.primary_key {
        unique_keys.push(pk.columns.clone());
    }
    unique_keys.extend(table.uniques.iter().map(|u| u.columns.clone()));
    for ix in table.indexes.iter().filter(|i| i.unique) {
        let mut cols = Vec::new();
        for k in &ix.keys {
            if let Some(c) = &k.column {
                cols.push(c.clone());
            } else if let Some(e) = &k.expression {
                cols.extend(table.columns.iter().filter(|c| mentions_word(e, &c.name)).map(|c| c.name.clone()));
            }
        }
        unique_keys.push(cols);
    }
    unique_keys.retain(|k| !k.is_empty());
    unique_keys.dedup();
    let in_fk: BTreeSet<&str> = table.foreign_keys.iter().flat_map(|f| f.columns.iter().map(String::as_str)).collect();
    let index: HashMap<String, usize> = table.columns.iter().enumerate().map(|(k, c)| (c.name.clone(), k)).collect();

    let mut skip = None;
    let mut overriding = false;
    let mut sequences = Vec::new();
    let mut cols: Vec<Col> = Vec::new();
    for c in &table.columns {
        let hint = hints.get(&c.name).cloned().unwrap_or_default();
        let in_unique = unique_keys.iter().any(|u| u.contains(&c.name));
        let base = base_of(&c.type_, model, &facts.types, 0);
        let serial = c.default.as_deref().is_some_and(|d| d.to_ascii_lowercase().starts_with("nextval("));
        let mut server = c.default.as_deref().map(check::parse);
        let src = if let Some(g) = &c.generated {
            server = Some(check::parse(g));
            Src::Server
        } else if Some(&c.name) == tenant_key.as_ref() {
            if c.identity.is_some() || serial {
                overriding |= c.identity.as_deref() == Some("always");
                sequences.push(c.name.clone());
            }
            Src::Tenant
        } else if in_fk.contains(c.name.as_str()) {
            Src::Foreign
        } else if c.identity.is_some() || serial {
            if referenced.contains(&c.name) {
                overriding |= c.identity.as_deref() == Some("always");
                sequences.push(c.name.clone());
                Src::Gen(Gen::Int { lo: 1, hi: i64::MAX / 2, seq: true })
            } else {
                Src::Server
            }
        } else if base == Some(Base::TsVector) && (c.nullable || c.default.is_some()) {
            // kept by a trigger (searchable), or the default
            Src::Server
        } else {
            match base.as_ref().and_then(|b| gen_for(b, table, c, &hint, in_unique)) {
                Some(g) if c.default.is_none() || worth_generating(&g) => Src::Gen(g),
                Some(_) => Src::Server,
                None if c.default.is_some() || c.nullable => Src::Server,
                None => {
                    let why = if base.is_none() {
                        format!("cannot make up values of type {} for column {}", c.type_, c.name)
                    } else {
                        format!("the checks on column {} leave no value the generator can make", c.name)
                    };
                    skip.get_or_insert(why);
                    Src::Server
                }
            }
        };
        let eval = match &base {
            Some(Base::Int(..) | Base::Numeric(..)) => EvalKind::Num,
            Some(Base::Bool) => EvalKind::Bool,
            _ => EvalKind::Text,
        };
        let per_tenant = tenant_key.as_ref().is_some_and(|tk| unique_keys.iter().filter(|u| u.contains(&c.name)).all(|u| u.contains(tk)));
        let unique_text = in_unique && matches!(src, Src::Gen(Gen::Text { .. }));
        let null_p = match &src {
            _ if hint.null_decides => 0.5,
            Src::Gen(Gen::Text { kind: TextKind::Sentence, .. }) => 0.3,
            Src::Gen(Gen::Text { kind: TextKind::Email | TextKind::Phone, .. }) => 0.15,
            _ => null_share(&c.name),
        };
        cols.push(Col {
            name: c.name.clone(),
            type_: c.type_.clone(),
            nullable: c.nullable,
            src,
            null_p,
            eval,
            server,
            not: hint.not.clone(),
            unique_text,
            per_tenant,
            couple: None,
            time: time_role(&c.name),
            equals: hint.equals.clone(),
        });
    }
    // deleted_by follows deleted_at
    for k in 0..cols.len() {
        if !cols[k].nullable || !matches!(cols[k].src, Src::Gen(_)) {
            continue;
        }
        let name = cols[k].name.trim_end_matches("_id");
        let Some(stem) = name.strip_suffix("_by") else { continue };
        let partner = [format!("{stem}_at"), format!("{stem}_on")].into_iter().find_map(|p| index.get(&p).copied());
        if let Some(j) = partner.filter(|&j| cols[j].nullable) {
            cols[k].couple = Some(j);
        }
    }

    let mut windows = vec![(today - 365 * DAY, today - 14 * DAY)];
    if let Some(p) = &table.partition {
        if let ([pk], Some(bounds)) = (p.key.as_slice(), Some(facts.partitions.get(&table.key()).cloned().unwrap_or_default())) {
            let bounds: Vec<LiveBound> = bounds.iter().map(|b| parse_bound(b)).collect();
            if let Some(&k) = index.get(pk) {
                let has_default = bounds.contains(&LiveBound::Default);
                let is_time = matches!(cols[k].src, Src::Gen(Gen::Timestamp(_) | Gen::Date));
                let no_room = || format!("no partition of {} exists to hold rows: create them first (`provision partitions`)", table.key());
                if !has_default && matches!(cols[k].src, Src::Gen(_)) && (p.strategy == "range" || p.strategy == "list") {
                    if p.strategy == "range" && is_time {
                        match partition_windows(&bounds, today) {
                            Some(w) => {
                                windows = w;
                                cols[k].time = TimeRole::Anchor;
                                cols[k].nullable = false;
                            }
                            None => skip = skip.or_else(|| Some(no_room())),
                        }
                    } else {
                        let values: Vec<String> = bounds
                            .iter()
                            .flat_map(|b| match b {
                                LiveBound::Range(Some(f), _) => vec![f.clone()],
                                LiveBound::List(v) => v.clone(),
                                _ => Vec::new(),
                            })
                            .collect();
                        if values.is_empty() {
                            skip = skip.or_else(|| Some(no_room()));
                        } else {
                            cols[k].src = Src::Gen(Gen::Choice(values));
                            cols[k].nullable = false;
                        }
                    }
                }
            }
        }
    }

    let fks: Vec<Fk> = table
        .foreign_keys
        .iter()
        .filter_map(|f| {
            let parent = qkey(&f.ref_schema, &f.ref_table);
            let idx: Option<Vec<usize>> = f.columns.iter().map(|c| index.get(c).copied()).collect();
            let self_ref = parent == table.key();
            let parent_scope = if self_ref { tp.scope } else { scopes.get(&parent).copied().unwrap_or(Scope::Global) };
            let cyclic = !self_ref && unique_keys.iter().any(|u| f.columns.iter().any(|c| Some(c) != tenant_key.as_ref() && u.contains(c)));
            let tenant_pool = tp.scope == Scope::Tenant && matches!(parent_scope, Scope::Tenant | Scope::Root);
            let parent_key = match (parent_scope, &plan.tenancy) {
                (Scope::Tenant, Some(tn)) => Some(tn.key.as_str()),
                (Scope::Root, Some(tn)) => Some(tn.root_pk.as_str()),
                _ => None,
            };
            let by_tenant = f
                .columns
                .iter()
                .zip(&f.ref_columns)
                .map(|(c, r)| tenant_pool && Some(c) == tenant_key.as_ref() && Some(r.as_str()) == parent_key)
                .collect();
            Some(Fk { cols: idx?, parent, ref_cols: f.ref_columns.clone(), self_ref, cyclic, tenant_pool, by_tenant })
        })
        .collect();
    let written: Vec<usize> = cols.iter().enumerate().filter(|(_, c)| c.src != Src::Server).map(|(k, _)| k).collect();
    let uniques: Vec<Vec<usize>> = unique_keys
        .iter()
        .filter_map(|u| u.iter().map(|c| index.get(c).copied().filter(|&k| cols[k].src != Src::Server)).collect::<Option<Vec<usize>>>())
        .collect();
    let pool_cols: Vec<usize> = referenced.iter().filter_map(|c| index.get(c).copied()).collect();
    Shape { key: table.key(), scope: tp.scope, skip, cols, index, written, fks, uniques, checks, windows, overriding, sequences, pool_cols }
}

// ---------------------------------------------------------------- rows

/// Rows of one table, kept as parents for the tables after it.
#[derive(Debug, Clone, Default)]
struct Pool {
    cols: Vec<String>,
    tenants: Vec<Vec<Vec<Option<String>>>>,
    all: Vec<Vec<Option<String>>>,
}

impl Pool {
    fn new(cols: Vec<String>, tenants: usize) -> Pool {
        Pool { cols, tenants: vec![Vec::new(); tenants], all: Vec::new() }
    }

    fn push(&mut self, tenant: Option<usize>, row: Vec<Option<String>>) {
        if let Some(v) = tenant.and_then(|t| self.tenants.get_mut(t)) {
            v.push(row.clone());
        }
        self.all.push(row);
    }

    fn rows(&self, tenant: Option<usize>) -> &[Vec<Option<String>>] {
        match tenant {
            Some(t) => self.tenants.get(t).map_or(&[][..], Vec::as_slice),
            None => &self.all,
        }
    }

    fn col(&self, name: &str) -> Option<usize> {
        self.cols.iter().position(|c| c == name)
    }
}

#[derive(Debug, Default)]
struct State {
    total: usize,
    by_tenant: Vec<usize>,
    used: HashMap<(usize, Option<usize>), Used>,
    seen: Vec<HashSet<String>>,
    pending: Pool,
    perms: HashMap<(usize, Option<usize>), Vec<usize>>,
    dropped: usize,
    reasons: BTreeMap<String, usize>,
}

impl State {
    fn top_reason(&self) -> String {
        self.reasons.iter().max_by_key(|(_, n)| **n).map(|(r, _)| r.clone()).unwrap_or_else(|| "no reason recorded".into())
    }
}

/// Makes the rows of a plan, table by table, tenant by tenant.
pub struct Generator {
    seed: u64,
    rows: usize,
    tenants: Vec<String>,
    notes: Vec<String>,
    shapes: Vec<Shape>,
    states: Vec<State>,
    pools: HashMap<String, Pool>,
}

fn made_tenants(key_type: &str, n: usize, seed: u64, model: &DatabaseModel) -> Vec<String> {
    let mut rng = Rng::derive(seed, "tenants", 0);
    match base_of(key_type, model, &BTreeMap::new(), 0) {
        Some(Base::Uuid) => (0..n).map(|_| rng.uuid()).collect(),
        Some(Base::Int(..) | Base::Numeric(..)) => (1..=n).map(|i| i.to_string()).collect(),
        _ => (1..=n).map(|i| format!("tenant-{i}")).collect(),
    }
}

fn sample(windows: &[(i64, i64)], rng: &mut Rng) -> i64 {
    let total: i64 = windows.iter().map(|(a, b)| (b - a).max(0)).sum();
    let mut r = rng.range(0, total - 1);
    for (a, b) in windows {
        let len = (b - a).max(0);
        if r < len {
            return a + r;
        }
        r -= len;
    }
    windows.first().map_or(0, |w| w.0)
}

fn json_value(j: Json, rng: &mut Rng) -> String {
    match j {
        Json::Object => format!("{{\"source\": \"seed\", \"tag\": \"{}\"}}", rng.pick(WORDS)),
        Json::Array if rng.chance(0.5) => "[]".into(),
        Json::Array => format!("[{{\"name\": \"{}\"}}]", rng.pick(WORDS)),
        Json::Address => format!(
            "{{\"street\": \"{} {}\", \"city\": \"{}\", \"postal_code\": \"{:05}\", \"country\": \"US\"}}",
            rng.range(1, 9999),
            rng.pick(STREETS),
            rng.pick(CITIES),
            rng.range(1000, 99999)
        ),
    }
}

/// A value for every kind except times (the row clock makes those).
fn value(g: &Gen, rng: &mut Rng, ctx: &mut RowCtx, seq: usize, not: &[String]) -> String {
    let excluded = |x: f64| not.iter().any(|n| n.parse::<f64>().is_ok_and(|v| v == x));
    match g {
        Gen::Uuid => rng.uuid(),
        Gen::Int { lo, hi, seq: s } => {
            let mut v = if *s { lo.saturating_add(seq as i64) } else { rng.range(*lo, *hi) };
            if excluded(v as f64) {
                v = if v < *hi { v + 1 } else { v - 1 };
            }
            v.to_string()
        }
        Gen::Dec { lo, hi, scale } => {
            let mut u = rng.range(*lo, *hi);
            if excluded(u as f64 / 10f64.powi(*scale as i32)) {
                u = if u < *hi { u + 1 } else { u - 1 };
            }
            fmt_units(u, *scale)
        }
        Gen::Bool(p) => if rng.chance(*p) { "true" } else { "false" }.into(),
        Gen::Choice(v) => v[rng.below(v.len())].clone(),
        Gen::Text { kind, max } => {
            let s = text_value(kind, rng, ctx, seq);
            match max {
                Some(m) => s.chars().take(*m).collect(),
                None => s,
            }
        }
        Gen::Interval => format!("{} minutes", rng.range(15, 180)),
        Gen::Json(j) => json_value(*j, rng),
        Gen::Array(elem) => match elem.as_deref() {
            Some(Gen::Text { .. }) => format!("{{{},{}}}", rng.pick(WORDS), rng.pick(WORDS)),
            Some(Gen::Int { lo, hi, .. }) => format!("{{{},{}}}", rng.range(*lo, *hi), rng.range(*lo, *hi)),
            _ => "{}".into(),
        },
        Gen::Inet => format!("10.{}.{}.{}", rng.range(0, 255), rng.range(0, 255), rng.range(1, 254)),
        Gen::Bytea => format!("\\x{}", rng.hex(16)),
        Gen::TsVector | Gen::Date | Gen::Timestamp(_) | Gen::Time => String::new(),
    }
}

/// A column's value as CHECK evaluation sees it.
fn lookup(shape: &Shape, vals: &[Option<String>], name: &str, depth: usize) -> Val {
    let Some(&k) = shape.index.get(name) else { return Val::Unknown };
    let c = &shape.cols[k];
    if c.src == Src::Server {
        return match &c.server {
            Some(e) if depth < 3 => check::eval(e, &|n| lookup(shape, vals, n, depth + 1)),
            Some(_) => Val::Unknown,
            None if c.nullable => Val::Null,
            None => Val::Unknown,
        };
    }
    match &vals[k] {
        None => Val::Null,
        Some(s) => match c.eval {
            EvalKind::Num => s.parse().map_or(Val::Unknown, Val::Num),
            EvalKind::Bool => Val::Bool(s == "true"),
            EvalKind::Text => Val::Text(s.clone()),
        },
    }
}

impl Generator {
    pub fn new(plan: &Plan, facts: &Facts) -> Generator {
        let model = &plan.model;
        let opts = &plan.options;
        let mut referenced: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for t in model.tables.values() {
            for f in &t.foreign_keys {
                referenced.entry(qkey(&f.ref_schema, &f.ref_table)).or_default().extend(f.ref_columns.iter().cloned());
            }
        }
        let scopes: HashMap<String, Scope> = plan.tables.iter().map(|t| (t.key.clone(), t.scope)).collect();
        let mut notes = plan.notes.clone();
        let tenants: Vec<String> = match &plan.tenancy {
            None => Vec::new(),
            Some(_) if !opts.tenant_keys.is_empty() => opts.tenant_keys.clone(),
            Some(tn) => {
                let root_seeded = plan.tables.iter().any(|t| t.key == tn.root && t.disposition == Disposition::Seed);
                if !tn.root_in_model {
                    notes.push(format!("the tenant root {} is in another database: tenant keys are made up", tn.root));
                    made_tenants(&tn.key_type, opts.tenants, opts.seed, model)
                } else if root_seeded {
                    made_tenants(&tn.key_type, opts.tenants, opts.seed, model)
                } else {
                    let ids: Vec<String> = facts
                        .existing
                        .get(&tn.root)
                        .and_then(|e| {
                            let p = e.columns.iter().position(|c| *c == tn.root_pk)?;
                            Some(e.rows.iter().filter_map(|r| r[p].clone()).take(opts.tenants).collect())
                        })
                        .unwrap_or_default();
                    if plan.tables.iter().any(|t| t.scope == Scope::Tenant && t.disposition == Disposition::Seed) {
                        notes.push(format!("{} is not seeded: tenant rows go to {} of its existing tenants", tn.root, ids.len()));
                    }
                    ids
                }
            }
        };
        let n_t = tenants.len();
        let mut pools = HashMap::new();
        for (key, ex) in &facts.existing {
            let tcol = match (scopes.get(key), &plan.tenancy) {
                (Some(Scope::Tenant), Some(tn)) => ex.columns.iter().position(|c| *c == tn.key),
                (Some(Scope::Root), Some(tn)) => ex.columns.iter().position(|c| *c == tn.root_pk),
                _ => None,
            };
            let mut pool = Pool::new(ex.columns.clone(), n_t);
            for r in &ex.rows {
                let t = tcol.and_then(|p| r.get(p).cloned().flatten()).and_then(|v| tenants.iter().position(|x| *x == v));
                pool.push(t, r.clone());
            }
            pools.insert(key.clone(), pool);
        }
        let none = BTreeSet::new();
        let shapes: Vec<Shape> = plan
            .tables
            .iter()
            .map(|tp| match (&tp.disposition, model.tables.get(&tp.key)) {
                (Disposition::Seed, Some(t)) => build_shape(plan, tp, t, referenced.get(&tp.key).unwrap_or(&none), &scopes, facts),
                _ => Shape::unused(tp),
            })
            .collect();
        let states = shapes
            .iter()
            .map(|s| State {
                by_tenant: vec![0; n_t],
                seen: vec![HashSet::new(); s.uniques.len()],
                pending: Pool::new(s.pool_cols.iter().map(|&k| s.cols[k].name.clone()).collect(), n_t),
                ..State::default()
            })
            .collect();
        Generator { seed: opts.seed, rows: opts.rows, tenants, notes, shapes, states, pools }
    }

    /// Tenant keys, in tenant order.
    pub fn tenants(&self) -> &[String] {
        &self.tenants
    }

    /// Remarks about the run as a whole (where the tenants come from).
    pub fn notes(&self) -> &[String] {
        &self.notes
    }

    /// The tenant of each batch of table `i` (None: one batch for a global table).
    pub fn batches(&self, i: usize) -> Result<Vec<Option<usize>>, String> {
        let s = &self.shapes[i];
        if let Some(why) = &s.skip {
            return Err(why.clone());
        }
        match s.scope {
            Scope::Global => Ok(vec![None]),
            _ if self.tenants.is_empty() => Err("no tenants to give rows to (the tenant root has none)".into()),
            _ => Ok((0..self.tenants.len()).map(Some).collect()),
        }
    }

    /// Rows a batch of table `i` holds.
    pub fn batch_size(&self, i: usize) -> usize {
        if self.shapes[i].scope == Scope::Root {
            1
        } else {
            self.rows
        }
    }

    /// The columns seed writes, with their types.
    pub fn columns(&self, i: usize) -> Vec<(String, String)> {
        let s = &self.shapes[i];
        s.written.iter().map(|&k| (s.cols[k].name.clone(), s.cols[k].type_.clone())).collect()
    }

    /// Seed writes identity columns declared GENERATED ALWAYS.
    pub fn overriding(&self, i: usize) -> bool {
        self.shapes[i].overriding
    }

    /// Columns whose sequence must move past the numbers seed wrote.
    pub fn sequences(&self, i: usize) -> &[String] {
        &self.shapes[i].sequences
    }

    /// Rows that could not be made, and the most common reason.
    pub fn dropped(&self, i: usize) -> Option<String> {
        let st = &self.states[i];
        (st.dropped > 0).then(|| format!("{} row(s) not made: {}", st.dropped, st.top_reason()))
    }

    /// The rows of one batch, in `columns` order, as text (None is NULL).
    pub fn batch(&mut self, i: usize, tenant: Option<usize>) -> Result<Vec<Vec<Option<String>>>, String> {
        if let Some(why) = &self.shapes[i].skip {
            return Err(why.clone());
        }
        let n = self.batch_size(i);
        let mut rng = Rng::derive(self.seed, &self.shapes[i].key, tenant.map_or(0, |t| t as u64 + 1));
        let mut out = Vec::with_capacity(n);
        for _ in 0..n {
            match self.row(i, tenant, &mut rng) {
                Some(r) => out.push(r),
                None => {
                    let st = &self.states[i];
                    if st.total == 0 && st.dropped >= GIVE_UP_AFTER {
                        return Err(format!("no row could be made: {}", st.top_reason()));
                    }
                }
            }
        }
        Ok(out)
    }

    /// The rows of table `i` were loaded: they become parents.
    pub fn commit(&mut self, i: usize) {
        let pending = std::mem::take(&mut self.states[i].pending);
        self.pools.insert(self.shapes[i].key.clone(), pending);
    }

    /// The rows of table `i` were refused: nothing may point at them.
    pub fn discard(&mut self, i: usize) {
        let cols = self.states[i].pending.cols.clone();
        self.states[i].pending = Pool::new(cols, self.tenants.len());
    }

    fn row(&mut self, i: usize, tenant: Option<usize>, rng: &mut Rng) -> Option<Vec<Option<String>>> {
        let Generator { seed, shapes, states, pools, tenants, .. } = self;
        let shape = &shapes[i];
        let st = &mut states[i];
        let n = shape.cols.len();
        let seq_t = tenant.and_then(|t| st.by_tenant.get(t).copied()).unwrap_or(st.total);
        let seq_g = st.total;
        let mut reason = String::new();
        'attempt: for attempt in 0..ATTEMPTS {
            let mut vals: Vec<Option<String>> = vec![None; n];
            let mut done = vec![false; n];
            let mut ctx = RowCtx { first: rng.pick(FIRST), last: rng.pick(LAST), name: None };
            let anchor = sample(&shape.windows, rng);
            let mut clock = anchor;
            // times of day: from 06:00–14:00 on, in quarter hours
            let mut tclock = rng.range(24, 56) * 900;
            for (k, c) in shape.cols.iter().enumerate() {
                match &c.src {
                    Src::Tenant => {
                        vals[k] = tenant.map(|t| tenants[t].clone());
                        done[k] = true;
                    }
                    Src::Gen(g) => {
                        done[k] = true;
                        let timed = matches!(g, Gen::Timestamp(_) | Gen::Date);
                        if timed && c.time == TimeRole::Updated {
                            continue;
                        }
                        if c.nullable && c.couple.is_none() && rng.chance(c.null_p) {
                            continue;
                        }
                        let seq = if c.per_tenant { seq_t } else { seq_g };
                        let v = match g {
                            Gen::Timestamp(_) | Gen::Date => {
                                let secs = match c.time {
                                    TimeRole::Anchor => anchor,
                                    TimeRole::Birth => rng.range(-7305 * DAY, 12_784 * DAY),
                                    _ => {
                                        clock += rng.range(600, 2 * DAY);
                                        clock
                                    }
                                };
                                match g {
                                    Gen::Timestamp(tz) => fmt_ts(secs, *tz),
                                    _ => fmt_date(secs),
                                }
                            }
                            Gen::Time => {
                                let t = tclock.min(23 * 3600 + 45 * 60);
                                tclock += rng.range(4, 32) * 900;
                                format!("{:02}:{:02}:00", t / 3600, t % 3600 / 60)
                            }
                            g => value(g, rng, &mut ctx, seq, &c.not),
                        };
                        vals[k] = Some(match (&c.src, c.unique_text) {
                            (Src::Gen(Gen::Text { kind, max }), true) => {
                                let scope = if c.per_tenant { tenant } else { None };
                                uniquify(&v, kind, *max, st.used.entry((k, scope)).or_default())
                            }
                            _ => v,
                        });
                    }
                    Src::Server | Src::Foreign => {}
                }
            }
            // updated_at: after everything else in the row happened
            for (k, c) in shape.cols.iter().enumerate() {
                if let Src::Gen(g @ (Gen::Timestamp(_) | Gen::Date)) = &c.src {
                    if c.time == TimeRole::Updated && !(c.nullable && rng.chance(c.null_p)) {
                        let secs = clock + rng.range(0, DAY);
                        vals[k] = Some(match g {
                            Gen::Timestamp(tz) => fmt_ts(secs, *tz),
                            _ => fmt_date(secs),
                        });
                    }
                }
            }
            for (k, c) in shape.cols.iter().enumerate() {
                if let Some(j) = c.couple {
                    if vals[j].is_none() {
                        vals[k] = None;
                    }
                }
            }
            // foreign keys: a parent row of the same tenant
            for (fi, fk) in shape.fks.iter().enumerate() {
                let open: Vec<usize> = fk.cols.iter().copied().filter(|&c| !done[c]).collect();
                if open.is_empty() {
                    continue;
                }
                let nullable = open.iter().all(|&c| shape.cols[c].nullable);
                if nullable && rng.chance(FK_NULL) {
                    for c in open {
                        done[c] = true;
                    }
                    continue;
                }
                let from = if fk.tenant_pool { tenant } else { None };
                let pool = if fk.self_ref { Some(&st.pending) } else { pools.get(&fk.parent) };
                let fixed: Vec<(usize, String)> = fk
                    .cols
                    .iter()
                    .enumerate()
                    .filter(|(p, c)| done[**c] && !fk.by_tenant[*p])
                    .filter_map(|(p, c)| vals[*c].clone().map(|v| (p, v)))
                    .collect();
                let mut chosen: Option<Vec<Option<String>>> = None;
                if let Some(pool) = pool {
                    let rows = pool.rows(from);
                    let idx: Option<Vec<usize>> = fk.ref_cols.iter().map(|rc| pool.col(rc)).collect();
                    if let (Some(idx), false) = (idx, rows.is_empty()) {
                        let pick: Option<&Vec<Option<String>>> = if fixed.is_empty() {
                            let j = if fk.cyclic && attempt < 4 {
                                let perm = st.perms.entry((fi, from)).or_insert_with(|| {
                                    let mut v: Vec<usize> = (0..rows.len()).collect();
                                    Rng::derive(*seed, &format!("{}#{fi}", shape.key), from.map_or(0, |t| t as u64 + 1)).shuffle(&mut v);
                                    v
                                });
                                perm.get(seq_t % perm.len().max(1)).copied().filter(|&j| j < rows.len()).unwrap_or(0)
                            } else {
                                rng.below(rows.len())
                            };
                            rows.get(j)
                        } else {
                            let hits: Vec<&Vec<Option<String>>> =
                                rows.iter().filter(|r| fixed.iter().all(|(p, v)| r[idx[*p]].as_ref() == Some(v))).collect();
                            if hits.is_empty() {
                                None
                            } else {
                                let j = if fk.cyclic && attempt < 4 { seq_t % hits.len() } else { rng.below(hits.len()) };
                                Some(hits[j])
                            }
                        };
                        chosen = pick.map(|r| idx.iter().map(|&x| r[x].clone()).collect());
                    }
                }
                match chosen {
                    Some(vs) => {
                        for (p, &c) in fk.cols.iter().enumerate() {
                            if !done[c] {
                                vals[c] = vs[p].clone();
                                done[c] = true;
                            }
                        }
                    }
                    None if nullable => {
                        for c in open {
                            done[c] = true;
                        }
                    }
                    None if fk.self_ref => {
                        // the first row of a required self-reference points at itself
                        for (p, &c) in fk.cols.iter().enumerate() {
                            if !done[c] {
                                vals[c] = shape.index.get(&fk.ref_cols[p]).and_then(|&r| vals[r].clone());
                                done[c] = true;
                            }
                        }
                    }
                    None => {
                        reason = format!("no row of {} to point at", fk.parent);
                        continue 'attempt;
                    }
                }
            }
            // `col = <expression>` checks: computed from the others
            for (k, c) in shape.cols.iter().enumerate() {
                if let (Some(e), Src::Gen(_)) = (&c.equals, &c.src) {
                    match check::eval(e, &|name| lookup(shape, &vals, name, 0)) {
                        Val::Text(s) => vals[k] = Some(s),
                        Val::Num(x) => vals[k] = Some(check::num_text(x)),
                        _ => {}
                    }
                }
            }
            let mut tuples = Vec::with_capacity(shape.uniques.len());
            for (u, key) in shape.uniques.iter().enumerate() {
                let parts: Option<Vec<&str>> = key.iter().map(|&k| vals[k].as_deref()).collect();
                let Some(parts) = parts else {
                    tuples.push(None);
                    continue;
                };
                let t = parts.join("\u{1f}");
                if st.seen[u].contains(&t) {
                    let names: Vec<&str> = key.iter().map(|&k| shape.cols[k].name.as_str()).collect();
                    reason = format!("unique ({}) ran out of distinct values", names.join(", "));
                    continue 'attempt;
                }
                tuples.push(Some(t));
            }
            for (name, text, e) in &shape.checks {
                if check::eval(e, &|n| lookup(shape, &vals, n, 0)) == Val::Bool(false) {
                    reason = format!("CHECK {name} ({text})");
                    continue 'attempt;
                }
            }
            for (u, t) in tuples.into_iter().enumerate() {
                if let Some(t) = t {
                    st.seen[u].insert(t);
                }
            }
            for (k, c) in shape.cols.iter().enumerate() {
                if let (true, Some(v)) = (c.unique_text, &vals[k]) {
                    let scope = if c.per_tenant { tenant } else { None };
                    st.used.entry((k, scope)).or_default().values.insert(v.clone());
                }
            }
            st.total += 1;
            if let Some(c) = tenant.and_then(|t| st.by_tenant.get_mut(t)) {
                *c += 1;
            }
            let pool_row = shape.pool_cols.iter().map(|&k| vals[k].clone()).collect();
            st.pending.push(tenant, pool_row);
            return Some(shape.written.iter().map(|&k| vals[k].clone()).collect());
        }
        st.dropped += 1;
        *st.reasons.entry(reason).or_default() += 1;
        None
    }
}

#[cfg(test)]
mod tests {
    use super::check::{eval, hints, parse, Hint, Val};
    use super::*;

    const MANIFEST: &str = "project: t
postgres: 15
tenancy: { mode: rls, root: core.orgs, key: org_id, setting: app.current_org }
databases:
  main:
    modules: [core]
";

    const CORE: &str = "module: core
schema: core
enums:
  visit_status: [planned, done, cancelled]
tables:
  orgs:
    traits: [uuid_pk, tenant_root]
    columns:
      name: text
      slug: { type: text, unique: true, check: \"slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'\" }
  people:
    traits: [uuid_pk, tenant_scoped, timestamps, soft_delete]
    columns:
      email: text?
      first_name: text
      last_name: text
      age: { type: integer, check: \"age BETWEEN 18 AND 99\" }
      manager_id:
        type: uuid?
        references: core.people
    unique:
      - [org_id, email]
      - [org_id, id]
  rooms:
    traits: [uuid_pk]
    columns:
      label: text
    unique:
      - [label]
  visits:
    traits: [uuid_pk, tenant_scoped]
    columns:
      person_id: uuid
      room_id:
        type: uuid?
        references: core.rooms
      status: { type: visit_status, default: \"'planned'\" }
      starts_at: timestamptz
      ends_at: timestamptz
      fee: numeric(8,2)
      kind: { type: text, check: \"kind IN ('home', 'office')\" }
      code: text
    foreign_keys:
      - columns: [org_id, person_id]
        references: core.people
        ref_columns: [org_id, id]
    checks:
      ends_after_start: \"ends_at > starts_at\"
      done_has_fee: \"status <> 'done' OR fee > 10\"
      code_is_kind: \"code = kind || '-visit'\"
";

    fn compiled() -> (DatabaseModel, Tenancy) {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::create_dir_all(dir.path().join("schemas")).expect("mkdir");
        std::fs::write(dir.path().join("provision.yaml"), MANIFEST).expect("write");
        std::fs::write(dir.path().join("schemas/core.yaml"), CORE).expect("write");
        let (compiled, diags) = crate::load_and_compile(dir.path());
        let errors: Vec<String> = diags.iter().filter(|d| d.is_error()).map(|d| d.to_string()).collect();
        assert!(errors.is_empty(), "{}", errors.join("\n"));
        let compiled = compiled.expect("compiled");
        let tenancy = compiled.project.tenancy.clone().expect("tenancy");
        (compiled.databases.into_iter().next().expect("main"), tenancy)
    }

    type Rows = BTreeMap<String, Vec<BTreeMap<String, Option<String>>>>;

    /// Every row the generator makes, as if every load succeeded.
    fn generate(model: &DatabaseModel, tenancy: &Tenancy, seed: u64) -> (Rows, Vec<String>) {
        let opts = Options { tenants: 2, rows: 30, seed, only: BTreeSet::new(), tenant_keys: Vec::new() };
        let plan = Plan::new(model, Some(tenancy), &opts);
        let facts = Facts::new(Date::parse("2026-06-15").expect("date"));
        let mut g = Generator::new(&plan, &facts);
        let mut out = Rows::new();
        for (i, tp) in plan.tables.iter().enumerate() {
            let Ok(batches) = g.batches(i) else { continue };
            let cols = g.columns(i);
            for b in batches {
                for r in g.batch(i, b).unwrap_or_else(|e| panic!("{}: {e}", tp.key)) {
                    let row = cols.iter().map(|(c, _)| c.clone()).zip(r).collect();
                    out.entry(tp.key.clone()).or_default().push(row);
                }
            }
            g.commit(i);
        }
        (out, g.tenants().to_vec())
    }

    fn v<'a>(row: &'a BTreeMap<String, Option<String>>, col: &str) -> Option<&'a str> {
        row.get(col).and_then(|v| v.as_deref())
    }

    #[test]
    fn the_same_seed_makes_the_same_rows() {
        let (model, tenancy) = compiled();
        let (a, ta) = generate(&model, &tenancy, 7);
        let (b, tb) = generate(&model, &tenancy, 7);
        let (c, _) = generate(&model, &tenancy, 8);
        assert_eq!(a, b);
        assert_eq!(ta, tb);
        assert_ne!(a, c);
    }

    #[test]
    fn rows_follow_foreign_keys_tenants_uniques_and_checks() {
        let (model, tenancy) = compiled();
        let (rows, tenants) = generate(&model, &tenancy, 42);
        assert_eq!(tenants.len(), 2);
        let orgs = &rows["core.orgs"];
        assert_eq!(orgs.len(), 2);
        for o in orgs {
            assert!(tenants.iter().any(|t| Some(t.as_str()) == v(o, "id")));
            let slug = v(o, "slug").expect("slug");
            assert!(slug.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'), "{slug}");
        }
        let people = &rows["core.people"];
        assert_eq!(people.len(), 60);
        let mut emails = BTreeSet::new();
        for p in people {
            let age: i64 = v(p, "age").expect("age").parse().expect("number");
            assert!((18..=99).contains(&age));
            if let Some(e) = v(p, "email") {
                let first = v(p, "first_name").expect("first").to_ascii_lowercase();
                assert!(e.starts_with(&format!("{first}.")) && e.ends_with("@example.com"), "{e}");
                assert!(emails.insert((v(p, "org_id").map(String::from), e.to_string())), "email repeats in a tenant: {e}");
            }
            assert!(v(p, "created_at") <= v(p, "updated_at"));
            if let Some(m) = v(p, "manager_id") {
                let manager = people.iter().find(|q| v(q, "id") == Some(m)).expect("manager exists");
                assert_eq!(v(manager, "org_id"), v(p, "org_id"), "a manager of another tenant");
            }
            assert_eq!(v(p, "deleted_at").is_none(), v(p, "deleted_by").is_none(), "deleted_by follows deleted_at");
        }
        let rooms = &rows["core.rooms"];
        assert_eq!(rooms.len(), 30, "a global table gets `rows` rows");
        let labels: BTreeSet<_> = rooms.iter().map(|r| v(r, "label")).collect();
        assert_eq!(labels.len(), 30, "unique labels");
        let visits = &rows["core.visits"];
        assert_eq!(visits.len(), 60);
        for vis in visits {
            let person = people.iter().find(|p| v(p, "id") == v(vis, "person_id")).expect("person exists");
            assert_eq!(v(person, "org_id"), v(vis, "org_id"), "a visit points at another tenant's person");
            assert!(v(vis, "ends_at") > v(vis, "starts_at"));
            let kind = v(vis, "kind").expect("kind");
            assert!(kind == "home" || kind == "office");
            assert_eq!(v(vis, "code"), Some(format!("{kind}-visit").as_str()), "code = kind || '-visit'");
            if v(vis, "status") == Some("done") {
                assert!(v(vis, "fee").expect("fee").parse::<f64>().expect("number") > 10.0);
            }
            let starts = v(vis, "starts_at").expect("starts_at");
            assert!(("2025-06-15".."2026-06-16").contains(&starts), "{starts} is in the year before the day");
        }
        let statuses: BTreeSet<_> = visits.iter().filter_map(|r| v(r, "status")).collect();
        assert!(statuses.len() > 1, "statuses vary: {statuses:?}");
    }

    #[test]
    fn plans_put_parents_first_and_keep_what_they_cannot_seed() {
        let (mut model, tenancy) = compiled();
        let opts = Options { tenants: 1, rows: 1, seed: 1, only: BTreeSet::new(), tenant_keys: Vec::new() };
        let plan = Plan::new(&model, Some(&tenancy), &opts);
        let keys: Vec<String> = plan.tables.iter().map(|t| t.key.clone()).collect();
        let pos = |k: &str| keys.iter().position(|t| t == k).expect(k);
        assert!(pos("core.orgs") < pos("core.people") && pos("core.people") < pos("core.visits") && pos("core.rooms") < pos("core.visits"));
        assert_eq!(plan.tables[pos("core.orgs")].scope, Scope::Root);
        assert_eq!(plan.tables[pos("core.rooms")].scope, Scope::Global);
        assert_eq!(plan.tables[pos("core.visits")].scope, Scope::Tenant);

        let mut plan = plan;
        plan.keep_filled(&BTreeSet::from(["core.rooms".to_string()]));
        let reads = plan.parent_reads();
        assert_eq!(reads.len(), 1);
        assert_eq!((reads[0].table.as_str(), reads[0].columns.clone()), ("core.rooms", vec!["id".to_string()]));

        let only = resolve_tables(&[&model], &["visits".into()]).expect("resolves");
        assert_eq!(only, BTreeSet::from(["core.visits".to_string()]));
        assert!(resolve_tables(&[&model], &["nope".into()]).is_err());
        let plan = Plan::new(&model, Some(&tenancy), &Options { only, ..opts.clone() });
        let reads: Vec<String> = plan.parent_reads().into_iter().map(|r| r.table).collect();
        assert_eq!(reads, vec!["core.orgs", "core.people", "core.rooms"], "parents and tenants come from the database");

        // a table with reference rows is kept
        let rooms = model.tables.get_mut("core.rooms").expect("rooms");
        rooms.rows.push(crate::model::Row { values: vec![("label".into(), Some("'A'".into()))] });
        let plan = Plan::new(&model, Some(&tenancy), &opts);
        assert!(matches!(plan.tables[pos("core.rooms")].disposition, Disposition::Keep(_)));
    }

    /// `expr` evaluated with the given column values (others unknown).
    fn at(expr: &str, vals: &[(&str, Val)]) -> Val {
        eval(&parse(expr), &|c: &str| vals.iter().find(|(n, _)| *n == c).map_or(Val::Unknown, |(_, v)| v.clone()))
    }

    #[test]
    fn checks_evaluate_three_valued() {
        let t = |s: &str| Val::Text(s.into());
        let paid = "status IN ('pending', 'cancelled') OR paid_at IS NOT NULL";
        assert_eq!(at(paid, &[("status", t("paid")), ("paid_at", Val::Null)]), Val::Bool(false));
        assert_eq!(at(paid, &[("status", t("pending")), ("paid_at", Val::Null)]), Val::Bool(true));
        assert_eq!(
            at("(scope = 'project') = (project_id IS NOT NULL)", &[("scope", t("global")), ("project_id", t("x"))]),
            Val::Bool(false)
        );
        let line = [("discount", Val::Num(5.0)), ("quantity", Val::Num(2.0)), ("unit_price", Val::Num(2.0))];
        assert_eq!(at("discount <= quantity * unit_price", &line), Val::Bool(false));
        let ready = "ready_at IS NULL OR (fired_at IS NOT NULL AND ready_at >= fired_at)";
        assert_eq!(at(ready, &[("ready_at", Val::Null), ("fired_at", Val::Null)]), Val::Bool(true));
        assert_eq!(at(ready, &[("ready_at", t("2026-01-02 00:00:00+00")), ("fired_at", t("2026-01-03 00:00:00+00"))]), Val::Bool(false));
        assert_eq!(at("btrim(name) <> ''", &[("name", t("  "))]), Val::Bool(false));
        assert_eq!(at("jsonb_typeof(modifiers) = 'array'", &[("modifiers", t("[]"))]), Val::Bool(true));
        assert_eq!(at("seats BETWEEN 1 AND 30", &[("seats", Val::Num(31.0))]), Val::Bool(false));
        assert_eq!(at("duration > interval '0'", &[("duration", t("90 minutes"))]), Val::Unknown);
        assert_eq!(at("code ~ '^[A-Z]+$'", &[("code", t("x"))]), Val::Unknown, "regexes are left to the server");
        let code = [("code", t("a:b")), ("resource", t("a")), ("action", t("b"))];
        assert_eq!(at("code = resource::text || ':' || action::text", &code), Val::Bool(true));
        assert_eq!(parse("a @@ b) AND"), check::Expr::Unknown);
    }

    #[test]
    fn hints_aim_the_generator() {
        let mut h: BTreeMap<String, Hint> = BTreeMap::new();
        for c in [
            "plan IN ('free', 'pro')",
            "cost IS NULL OR cost >= 0",
            "quantity_delta <> 0",
            "seats BETWEEN 1 AND 30",
            "slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'",
            "jsonb_typeof(modifiers) = 'array'",
            "code = resource::text || ':' || action::text",
            "ready_at IS NULL OR (fired_at IS NOT NULL AND ready_at >= fired_at)",
        ] {
            hints(&parse(c), &mut h);
        }
        assert_eq!(h["plan"].choices, Some(vec!["free".to_string(), "pro".to_string()]));
        assert_eq!(h["cost"].lo, Some((0.0, false)));
        assert_eq!(h["quantity_delta"].not, vec!["0".to_string()]);
        assert_eq!((h["seats"].lo, h["seats"].hi), (Some((1.0, false)), Some((30.0, false))));
        assert!(h["slug"].pattern.is_some() && h["modifiers"].json_array && h["code"].equals.is_some());
        assert!(!h.contains_key("ready_at") && !h.contains_key("fired_at"), "a condition on other columns is not a hint");
        hints(&parse("(scope = 'project') = (project_id IS NOT NULL)"), &mut h);
        assert!(h["project_id"].null_decides);
    }

    #[test]
    fn names_and_types_pick_realistic_values() {
        assert_eq!(text_kind("users", "email", None), TextKind::Email);
        assert_eq!(text_kind("users", "display_name", None), TextKind::Full);
        assert_eq!(text_kind("organizations", "name", None), TextKind::Company);
        assert_eq!(text_kind("stores", "code", Some("^[A-Z0-9-]{2,16}$")), TextKind::Code("STO".into()));
        assert_eq!(text_kind("work_orders", "number", None), TextKind::Number("WO".into()));
        assert_eq!(text_kind("invoices", "invoice_number", None), TextKind::Number("INV".into()));
        assert_eq!(text_kind("organizations", "stripe_customer_id", None), TextKind::External("cus".into()));
        assert_eq!(text_kind("menu_items", "name", None), TextKind::Dish);
        assert_eq!(text_kind("service_areas", "name", None), TextKind::Place(""));
        let none = BTreeMap::new();
        let m = DatabaseModel::empty("x");
        assert_eq!(base_of("numeric(12,2)", &m, &none, 0), Some(Base::Numeric(Some(12), 2)));
        assert_eq!(base_of("character(3)", &m, &none, 0), Some(Base::Text(Some(3))));
        assert_eq!(base_of("timestamp with time zone", &m, &none, 0), Some(Base::Timestamp(true)));
        assert_eq!(base_of("point", &m, &none, 0), None);
        let catalog = BTreeMap::from([("my_domain".to_string(), CatalogType::Domain("integer".into()))]);
        assert_eq!(base_of("my_domain", &m, &catalog, 0), Some(Base::Int(-2_147_483_648, 2_147_483_647)));
        let g = number_gen("price", -1e10, 1e10, 2, &Hint::default(), false);
        assert_eq!(g, Some(Gen::Dec { lo: 100, hi: 30_000, scale: 2 }));
        assert_eq!(fmt_units(-1205, 2), "-12.05");
        let mut used = Used::default();
        used.values.insert("ann.lee@example.com".into());
        assert_eq!(uniquify("ann.lee@example.com", &TextKind::Email, None, &mut used), "ann.lee2@example.com");
        used.values.insert("Lunch".into());
        used.values.insert("Lunch 2".into());
        assert_eq!(uniquify("Lunch", &TextKind::Menu, None, &mut used), "Lunch 3");
        assert_eq!(slugify("Harbor & Co Events"), "harbor-co-events");
    }

    #[test]
    fn partitions_and_triggers_are_read_from_their_text() {
        assert_eq!(
            parse_bound("FOR VALUES FROM ('2026-01-01 00:00:00+00') TO ('2026-02-01 00:00:00+00')"),
            LiveBound::Range(Some("2026-01-01 00:00:00+00".into()), Some("2026-02-01 00:00:00+00".into()))
        );
        assert_eq!(parse_bound("FOR VALUES FROM (MINVALUE) TO ('2026-01-01')"), LiveBound::Range(None, Some("2026-01-01".into())));
        assert_eq!(parse_bound("FOR VALUES IN ('eu', 'us')"), LiveBound::List(vec!["eu".into(), "us".into()]));
        assert_eq!(parse_bound("DEFAULT"), LiveBound::Default);
        assert_eq!(parse_time("2026-01-01 01:00:00+01"), parse_time("2026-01-01"));
        let today = Date::parse("2026-11-22").expect("date").days() * DAY;
        let bounds = [
            parse_bound("FOR VALUES FROM ('2026-01-01') TO ('2026-02-01')"),
            parse_bound("FOR VALUES FROM ('2024-01-01') TO ('2024-02-01')"),
        ];
        let w = partition_windows(&bounds, today).expect("room");
        assert_eq!(
            w,
            vec![(parse_time("2026-01-01").expect("t"), parse_time("2026-02-01").expect("t"))],
            "only partitions within the year"
        );
        let old = [parse_bound("FOR VALUES FROM ('2024-01-01') TO ('2024-02-01')")];
        assert_eq!(partition_windows(&old, today).map(|w| w.len()), Some(1), "else any partition");
        assert_eq!(partition_windows(&[], today), None);
        assert_eq!(
            insert_targets("BEGIN INSERT INTO \"ret\".audit_log (a) VALUES (1); INSERT INTO ret.inventory_levels AS l (x) VALUES (2); END"),
            vec!["ret.audit_log", "ret.inventory_levels"]
        );
    }

    #[test]
    fn random_streams_are_stable() {
        let mut a = Rng::derive(42, "core.people", 1);
        let mut b = Rng::derive(42, "core.people", 1);
        let mut c = Rng::derive(42, "core.people", 2);
        let (x, y, z) = (a.next_u64(), b.next_u64(), c.next_u64());
        assert_eq!(x, y);
        assert_ne!(x, z);
        let u = Rng::new(1).uuid();
        assert_eq!(u.len(), 36);
        assert_eq!(&u[14..15], "4");
        assert!("89ab".contains(&u[19..20]));
        let mut r = Rng::new(3);
        assert!((0..1000).map(|_| r.range(-2, 2)).all(|v| (-2..=2).contains(&v)));
    }
}
