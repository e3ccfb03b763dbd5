//! `provision seed`, the pure half: which tables get rows and in what order,
//! and the rows themselves. Deterministic (a seeded splitmix64; the only date
//! comes from the database as `Facts::today`), realistic by column type and
//! name, foreign-key and tenant consistent, inside the CHECK constraints it can
//! read. Never talks to a database: `db::seed` reads the facts and loads rows.

use crate::compile::dates::Date;
use crate::compile::Tenancy;
use crate::model::{qkey, Column, DatabaseModel, PartitionBound, Table};
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
}

/// Resolves `--table` names (`schema.table`, or a table name that is unique
/// across schemas) against the models of a project.
pub fn resolve_tables(models: &[&DatabaseModel], names: &[String]) -> Result<BTreeSet<String>, String> {
    let mut out = BTreeSet::new();
    for n in names {
        let hits: BTreeSet<String> =
            models.iter().flat_map(|m| m.tables.values()).filter(|t| t.key() == *n || (!n.contains('.') && t.name == *n)).map(Table::key).collect();
        match hits.len() {
            0 => return Err(format!("--table {n}: no such table in the model; name it as schema.table")),
            1 => out.extend(hits),
            _ => return Err(format!("--table {n} is ambiguous ({}); name it as schema.table", hits.into_iter().collect::<Vec<_>>().join(", "))),
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
            "int" | "int2" | "int4" | "int8" | "integer" | "smallint" | "bigint" | "numeric" | "decimal" | "real" | "float4"
            | "float8" | "double precision" => match v {
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
    "Olivia", "Liam", "Emma", "Noah", "Ava", "Oliver", "Sophia", "Elijah", "Isabella", "James", "Mia", "William", "Amelia", "Benjamin",
    "Harper", "Lucas", "Evelyn", "Henry", "Abigail", "Alexander", "Emily", "Daniel", "Ella", "Matthew", "Grace", "Samuel", "Chloe", "David",
    "Zoe", "Joseph", "Nora", "Carter", "Lily", "Owen", "Hannah", "Wyatt", "Layla", "Jack", "Aria", "Leo",
];
const LAST: &[&str] = &[
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez",
    "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark",
    "Ramirez", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores",
];
const COMPANY_A: &[&str] = &[
    "Acme", "Globex", "Initech", "Umbrella", "Stark", "Wayne", "Hooli", "Vandelay", "Soylent", "Wonka", "Cyberdyne", "Tyrell", "Aperture",
    "Northwind", "Contoso", "Fabrikam", "Blue Sky", "Silver Oak", "Red Rock", "Bright Path",
];
const COMPANY_B: &[&str] =
    &["Events", "Logistics", "Foods", "Retail", "Services", "Labs", "Holdings", "Partners", "Studios", "Systems", "Outfitters", "Kitchens", "Home Care", "Supply", "Group"];
const PRODUCT_ADJ: &[&str] =
    &["Classic", "Organic", "Premium", "Compact", "Deluxe", "Eco", "Vintage", "Smart", "Ultra", "Essential", "Handmade", "Wireless", "Rustic", "Modern", "Travel"];
const PRODUCT_NOUN: &[&str] = &[
    "Coffee Mug", "Water Bottle", "Backpack", "Desk Lamp", "Notebook", "T-Shirt", "Sneakers", "Headphones", "Candle", "Tote Bag", "Sunglasses",
    "Wallet", "Blanket", "Teapot", "Phone Case", "Scarf", "Watch", "Cutting Board", "Plant Pot", "Umbrella",
];
const DISH: &[&str] = &[
    "Margherita Pizza", "Caesar Salad", "Beef Burger", "Fish Tacos", "Pad Thai", "Chicken Curry", "Tomato Soup", "Grilled Salmon",
    "Mushroom Risotto", "Club Sandwich", "Lemon Tart", "Chocolate Cake", "Iced Tea", "Espresso", "Lemonade", "French Fries", "Garden Salad",
    "Ramen", "Falafel Wrap", "Cheesecake",
];
const PLACES: &[&str] = &[
    "Downtown", "Uptown", "Riverside", "Harbor", "Midtown", "Westside", "Eastgate", "Northfield", "Southpark", "Old Town", "Lakeside",
    "Hillcrest", "Airport", "University", "Market Street",
];
const CITIES: &[&str] =
    &["Springfield", "Riverton", "Fairview", "Georgetown", "Madison", "Franklin", "Clinton", "Arlington", "Salem", "Bristol", "Ashland", "Oakland", "Burlington", "Dayton", "Milton"];
const STREETS: &[&str] = &["Main St", "Oak Ave", "Maple Dr", "Cedar Ln", "Pine St", "Elm St", "Washington Ave", "Lake Rd", "Hill St", "Park Ave", "Sunset Blvd", "River Rd"];
const ROLES: &[&str] =
    &["Owner", "Administrator", "Manager", "Project Manager", "Editor", "Contributor", "Viewer", "Accountant", "Support Agent", "Auditor", "Dispatcher", "Team Lead"];
const MENUS: &[&str] = &["Breakfast", "Brunch", "Lunch", "Dinner", "Late Night", "Drinks", "Desserts", "Kids", "Seasonal", "Tasting", "Happy Hour", "Weekend"];
const TEAMS: &[&str] = &["Marketing", "Sales", "Engineering", "Operations", "Finance", "Support", "Design", "Research", "Logistics", "People"];
const VERBS: &[&str] = &["Repair", "Install", "Inspect", "Replace", "Review", "Update", "Prepare", "Schedule", "Clean", "Service"];
const OBJECTS: &[&str] = &[
    "water heater", "kitchen sink", "HVAC unit", "garage door", "quarterly report", "ceiling fan", "dishwasher", "electrical panel", "roof gutters",
    "thermostat",
];
const WORDS: &[&str] = &[
    "quick", "reliable", "fresh", "local", "seasonal", "premium", "friendly", "urgent", "weekly", "custom", "standard", "annual", "spare", "new",
    "repair", "install", "inspect", "replace", "clean", "deliver", "order", "service", "customer", "kitchen", "garden", "window", "heater",
    "filter", "panel", "door", "light", "roof", "pipe", "floor", "battery", "schedule", "request", "note", "visit", "team",
];
const BRANDS: &[&str] = &["Northwind", "Everyday", "Summit", "Harbor & Co", "Atlas", "Nimbus", "Pioneer", "Lumen", "Oakridge", "Bluebird"];
const CATEGORIES: &[&str] = &["Home", "Kitchen", "Apparel", "Electronics", "Outdoors", "Beauty", "Toys", "Books", "Grocery", "Sports"];
const COLORS: &[&str] = &["red", "blue", "green", "black", "white", "navy", "olive", "sand", "grey", "teal"];
const AREAS: &[&str] = &["Main room", "Patio", "Bar", "Terrace", "Private room", "Window"];
const CURRENCIES: &[&str] = &["USD", "EUR", "GBP", "CAD", "AUD"];
const TIMEZONES: &[&str] =
    &["UTC", "America/New_York", "America/Chicago", "America/Los_Angeles", "Europe/London", "Europe/Berlin", "Asia/Tokyo", "Australia/Sydney"];
const COUNTRIES: &[&str] = &["US", "GB", "DE", "FR", "CA", "AU", "NL", "ES"];
const STATUSES: &[&str] = &["active", "pending", "inactive"];

const PEOPLE_TABLES: &[&str] = &[
    "users", "customers", "contacts", "employees", "members", "guests", "technicians", "staff", "people", "persons", "patients", "students",
    "drivers", "agents", "teachers", "owners", "candidates", "volunteers", "authors",
];
const COMPANY_TABLES: &[&str] =
    &["organizations", "organisations", "companies", "tenants", "businesses", "vendors", "suppliers", "accounts", "partners", "clients", "merchants"];

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
        "full_name" | "display_name" | "contact_name" | "guest_name" | "customer_name" | "person_name" | "user_name" | "technician_name"
        | "employee_name" => TextKind::Full,
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
            let p = if parts.len() > 1 { parts.iter().filter_map(|w| w.chars().next()).collect::<String>().to_ascii_uppercase() } else { upper_letters(table, 3) };
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
        TextKind::Url => format!("https://example.com/{}/{}", ctx.name.as_deref().map_or_else(|| rng.pick(WORDS).to_string(), slugify), rng.hex(8)),
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

/// `base`, or a variant of it that `used` does not hold yet.
fn uniquify(base: &str, kind: &TextKind, max: Option<usize>, used: &HashSet<String>) -> String {
    let fit = |s: &str, room: Option<usize>| -> String {
        match room {
            Some(m) => s.chars().take(m).collect(),
            None => s.to_string(),
        }
    };
    let first = fit(base, max);
    if !used.contains(&first) {
        return first;
    }
    for n in 2..used.len() + 3 {
        let cand = match kind {
            TextKind::Email => {
                let (local, domain) = base.split_once('@').unwrap_or((base, "example.com"));
                let tail = format!("{n}@{domain}");
                format!("{}{tail}", fit(local, max.map(|m| m.saturating_sub(tail.chars().count()))))
            }
            _ => {
                let suffix = match kind {
                    TextKind::Slug | TextKind::Username | TextKind::External(_) | TextKind::Hex | TextKind::Code(_) | TextKind::Number(_)
                    | TextKind::Sku => format!("-{n}"),
                    TextKind::Postal | TextKind::Barcode | TextKind::Label(_) => format!("{n}"),
                    _ => format!(" {n}"),
                };
                format!("{}{suffix}", fit(base, max.map(|m| m.saturating_sub(suffix.chars().count()))))
            }
        };
        if !used.contains(&cand) {
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
    if let Some(e) = model.enums.get(&plain).or_else(|| if plain.contains('.') { None } else { model.enums.values().find(|e| e.name == plain) }) {
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
    Int { lo: i64, hi: i64, seq: bool },
    /// In units of 10^-scale.
    Dec { lo: i64, hi: i64, scale: u32 },
    Bool(f64),
    Choice(Vec<String>),
    Text { kind: TextKind, max: Option<usize> },
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
    ["position", "sort", "rank", "sequence", "ordinal", "seq"].contains(&last) || name == "line_no" || name == "line_number" || name == "sort_order"
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

/// Parents before children; tables in a reference cycle follow in name order.
fn dependency_order(model: &DatabaseModel) -> Vec<&Table> {
    let mut waiting: BTreeMap<String, BTreeSet<String>> = model
        .tables
        .iter()
        .map(|(k, t)| {
            let deps = t.foreign_keys.iter().map(|f| qkey(&f.ref_schema, &f.ref_table)).filter(|r| r != k && model.tables.contains_key(r)).collect();
            (k.clone(), deps)
        })
        .collect();
    let mut out = Vec::new();
    loop {
        let next = waiting.iter().find(|(_, deps)| deps.is_empty()).map(|(k, _)| k.clone()).or_else(|| waiting.keys().next().cloned());
        let Some(k) = next else { break };
        waiting.remove(&k);
        for deps in waiting.values_mut() {
            deps.remove(&k);
        }
        if let Some(t) = model.tables.get(&k) {
            out.push(t);
        }
    }
    out
}
