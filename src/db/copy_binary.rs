//! COPY's binary format for seed rows made as text: each column gets an
//! encoder chosen by its type's receive function (what the server will call
//! on the bytes), and a value is encoded only when its text is in the one
//! spelling the encoder can read exactly as the type's input function would.
//! Anything else (another type, an unusual spelling) is refused, and the
//! caller sends that table in text format instead: binary COPY saves the
//! server from parsing values (about a quarter of a wide table's load), but
//! it must never change a value.

use crate::compile::dates::Date;
use bytes::{BufMut, BytesMut};
use std::collections::HashMap;

/// The header every binary COPY stream starts with: signature, flags, no extension.
pub const HEADER: &[u8] = b"PGCOPY\n\xff\r\n\0\0\0\0\0\0\0\0\0";
/// The end of a binary COPY stream: a tuple with field count -1.
pub const TRAILER: &[u8] = &[0xff, 0xff];

/// Days from 1970-01-01 (what [`Date::days`] counts) to 2000-01-01 (PostgreSQL's epoch).
const EPOCH_DAYS: i64 = 10_957;
const MICROS_PER_DAY: i64 = 86_400_000_000;

/// A value binary cannot carry exactly: the table goes as text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Refused;

/// How one column's text values become the bytes its receive function reads.
#[derive(Debug, Clone, PartialEq)]
pub enum Enc {
    Uuid,
    Int2,
    Int4,
    Int8,
    Bool,
    /// text, varchar, bpchar, enum labels, json: the UTF-8 bytes as they are
    Text,
    /// a version byte (1), then the JSON text
    Jsonb,
    /// microseconds since 2000-01-01; `true`: with time zone (the text must carry its offset)
    Timestamp(bool),
    Date,
    Numeric,
    Float4,
    Float8,
    /// a one-dimensional array without NULLs, of elements of type `oid`
    Array(Box<Enc>, u32),
}

/// What the catalog says of a type (`pg_type`): its receive function, the
/// base type of a domain, the element type of an array.
#[derive(Debug, Clone)]
pub struct TypeInfo {
    pub receive: String,
    pub base: u32,
    pub elem: u32,
}

/// The encoder for values of type `oid`, or None when binary is not worth the risk.
pub fn encoder(oid: u32, types: &HashMap<u32, TypeInfo>) -> Option<Enc> {
    encoder_at(oid, types, 0)
}

fn encoder_at(oid: u32, types: &HashMap<u32, TypeInfo>, depth: usize) -> Option<Enc> {
    let t = types.get(&oid)?;
    if depth > 4 {
        return None;
    }
    Some(match t.receive.as_str() {
        "uuid_recv" => Enc::Uuid,
        "int2recv" => Enc::Int2,
        "int4recv" => Enc::Int4,
        "int8recv" => Enc::Int8,
        "boolrecv" => Enc::Bool,
        "textrecv" | "varcharrecv" | "bpcharrecv" | "enum_recv" | "json_recv" => Enc::Text,
        "jsonb_recv" => Enc::Jsonb,
        "timestamptz_recv" => Enc::Timestamp(true),
        "timestamp_recv" => Enc::Timestamp(false),
        "date_recv" => Enc::Date,
        "numeric_recv" => Enc::Numeric,
        "float4recv" => Enc::Float4,
        "float8recv" => Enc::Float8,
        "domain_recv" => encoder_at(t.base, types, depth + 1)?,
        "array_recv" if t.elem != 0 => match encoder_at(t.elem, types, depth + 1)? {
            Enc::Array(..) => return None,
            e => Enc::Array(Box::new(e), t.elem),
        },
        _ => return None,
    })
}

/// One row: the field count, then each field as length and bytes (-1 for
/// NULL). On a refusal `out` is left as it was.
pub fn encode_row(out: &mut BytesMut, encs: &[Enc], row: &[Option<String>]) -> Result<(), Refused> {
    if encs.len() != row.len() || row.len() > i16::MAX as usize {
        return Err(Refused);
    }
    let start = out.len();
    out.put_i16(row.len() as i16);
    for (enc, v) in encs.iter().zip(row) {
        let done = match v {
            None => {
                out.put_i32(-1);
                Ok(())
            }
            Some(text) => field(out, enc, text),
        };
        if done.is_err() {
            out.truncate(start);
            return Err(Refused);
        }
    }
    Ok(())
}

/// One value, length first.
fn field(out: &mut BytesMut, enc: &Enc, text: &str) -> Result<(), Refused> {
    let at = out.len();
    out.put_i32(0);
    value(out, enc, text)?;
    let len = i32::try_from(out.len() - at - 4).map_err(|_| Refused)?;
    out[at..at + 4].copy_from_slice(&len.to_be_bytes());
    Ok(())
}

fn value(out: &mut BytesMut, enc: &Enc, s: &str) -> Result<(), Refused> {
    match enc {
        Enc::Uuid => out.put_slice(&uuid(s)?),
        Enc::Int2 => out.put_i16(i16::try_from(int(s)?).map_err(|_| Refused)?),
        Enc::Int4 => out.put_i32(i32::try_from(int(s)?).map_err(|_| Refused)?),
        Enc::Int8 => out.put_i64(int(s)?),
        Enc::Bool => out.put_u8(match s {
            "true" | "t" => 1,
            "false" | "f" => 0,
            _ => return Err(Refused),
        }),
        Enc::Text => out.put_slice(plain_text(s)?.as_bytes()),
        Enc::Jsonb => {
            out.put_u8(1);
            out.put_slice(plain_text(s)?.as_bytes());
        }
        Enc::Timestamp(tz) => out.put_i64(timestamp(s, *tz)?),
        Enc::Date => out.put_i32(i32::try_from(date(s)?.days() - EPOCH_DAYS).map_err(|_| Refused)?),
        Enc::Numeric => numeric(out, s)?,
        // both sides round the decimal text to the nearest float once
        Enc::Float4 => out.put_f32(decimal(s).and_then(|_| s.parse().ok()).ok_or(Refused)?),
        Enc::Float8 => out.put_f64(decimal(s).and_then(|_| s.parse().ok()).ok_or(Refused)?),
        Enc::Array(elem, oid) => array(out, elem, *oid, s)?,
    }
    Ok(())
}

/// Text the server takes byte for byte: no NUL (which text COPY would drop).
fn plain_text(s: &str) -> Result<&str, Refused> {
    if s.contains('\0') {
        Err(Refused)
    } else {
        Ok(s)
    }
}

/// `-?[0-9]+`, in range of i64.
fn int(s: &str) -> Result<i64, Refused> {
    let digits = s.strip_prefix('-').unwrap_or(s);
    if digits.is_empty() || digits.len() > 19 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Refused);
    }
    s.parse().map_err(|_| Refused)
}

/// `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`, hex digits in either case.
fn uuid(s: &str) -> Result<[u8; 16], Refused> {
    let b = s.as_bytes();
    if b.len() != 36 || [8, 13, 18, 23].iter().any(|&k| b[k] != b'-') {
        return Err(Refused);
    }
    let mut out = [0u8; 16];
    let mut nibbles = b.iter().filter(|&&c| c != b'-').map(|&c| (c as char).to_digit(16));
    for byte in out.iter_mut() {
        let hi = nibbles.next().flatten().ok_or(Refused)?;
        let lo = nibbles.next().flatten().ok_or(Refused)?;
        *byte = (hi * 16 + lo) as u8;
    }
    Ok(out)
}

/// `YYYY-MM-DD`, a real day of years 1900–9999.
fn date(s: &str) -> Result<Date, Refused> {
    let b = s.as_bytes();
    let shape = b.len() == 10 && b[4] == b'-' && b[7] == b'-' && b.iter().enumerate().all(|(k, c)| k == 4 || k == 7 || c.is_ascii_digit());
    if !shape {
        return Err(Refused);
    }
    Date::parse(s).ok_or(Refused)
}

/// `YYYY-MM-DD[ HH:MM:SS[.ffffff]]` and, with time zone only and then
/// required, an offset `±HH[:MM]`. A timestamptz without an offset would be
/// read in the session's time zone, which binary cannot know; a timestamp
/// with one would have it ignored: both are refused.
fn timestamp(s: &str, tz: bool) -> Result<i64, Refused> {
    let day = date(s.get(..10).ok_or(Refused)?)?;
    let mut rest = &s[10..];
    let mut micros = 0i64;
    if let Some(clock) = rest.strip_prefix(' ') {
        let c = clock.as_bytes();
        let two = |k: usize| -> Result<i64, Refused> {
            match (c.get(k), c.get(k + 1)) {
                (Some(a), Some(b)) if a.is_ascii_digit() && b.is_ascii_digit() => Ok(i64::from((a - b'0') * 10 + (b - b'0'))),
                _ => Err(Refused),
            }
        };
        if c.get(2) != Some(&b':') || c.get(5) != Some(&b':') {
            return Err(Refused);
        }
        let (h, m, sec) = (two(0)?, two(3)?, two(6)?);
        if h > 23 || m > 59 || sec > 59 {
            return Err(Refused);
        }
        micros = ((h * 60 + m) * 60 + sec) * 1_000_000;
        rest = &clock[8..];
        if let Some(frac) = rest.strip_prefix('.') {
            let n = frac.bytes().take_while(|b| b.is_ascii_digit()).count();
            if n == 0 || n > 6 {
                return Err(Refused);
            }
            micros += frac[..n].parse::<i64>().map_err(|_| Refused)? * 10i64.pow(6 - n as u32);
            rest = &frac[n..];
        }
    }
    let offset_secs = match (tz, rest) {
        (false, "") => 0,
        (true, o) if !o.is_empty() => offset(o)?,
        _ => return Err(Refused),
    };
    Ok((day.days() - EPOCH_DAYS) * MICROS_PER_DAY + micros - offset_secs * 1_000_000)
}

/// `±HH` or `±HH:MM`, in seconds east of UTC.
fn offset(s: &str) -> Result<i64, Refused> {
    let (sign, body) = match s.as_bytes().first() {
        Some(b'+') => (1, &s[1..]),
        Some(b'-') => (-1, &s[1..]),
        _ => return Err(Refused),
    };
    let (h, m) = match body.split_once(':') {
        Some((h, m)) if m.len() == 2 => (h, m),
        None => (body, "00"),
        _ => return Err(Refused),
    };
    if h.len() != 2 || !h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit()) {
        return Err(Refused);
    }
    let (h, m): (i64, i64) = (h.parse().map_err(|_| Refused)?, m.parse().map_err(|_| Refused)?);
    if h > 15 || m > 59 {
        return Err(Refused);
    }
    Ok(sign * (h * 3600 + m * 60))
}

/// `-?[0-9]+(\.[0-9]+)?` → (its integer digits, its fraction digits).
fn decimal(s: &str) -> Option<(&str, &str)> {
    let unsigned = s.strip_prefix('-').unwrap_or(s);
    let (int, frac) = match unsigned.split_once('.') {
        Some((i, f)) => (i, f),
        None => (unsigned, ""),
    };
    let digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    if int.is_empty() || !digits(int) || !digits(frac) || (unsigned.contains('.') && frac.is_empty()) {
        return None;
    }
    Some((int, frac))
}

/// numeric's binary form: digit count, weight, sign, display scale, then
/// base-10000 digits, the first holding the units group. The display scale
/// is the text's count of fraction digits, as numeric_in takes it; the
/// server applies the column's typmod to both alike.
fn numeric(out: &mut BytesMut, s: &str) -> Result<(), Refused> {
    let (int, frac) = decimal(s).ok_or(Refused)?;
    let negative = s.starts_with('-');
    let dscale = u16::try_from(frac.len()).map_err(|_| Refused)?;
    if dscale > 0x3FFF {
        return Err(Refused);
    }
    // integer digits padded on the left, fraction on the right, to whole groups of four
    let int = int.trim_start_matches('0');
    let lead = (4 - int.len() % 4) % 4;
    let trail = (4 - frac.len() % 4) % 4;
    let padded: String = "0".repeat(lead) + int + frac + &"0".repeat(trail);
    let mut groups: Vec<i16> = padded.as_bytes().chunks(4).map(|g| g.iter().fold(0i16, |a, d| a * 10 + i16::from(d - b'0'))).collect();
    let mut weight = ((lead + int.len()) / 4) as i32 - 1;
    // leading and trailing zero groups carry nothing
    let first = groups.iter().position(|&g| g != 0);
    match first {
        None => groups.clear(),
        Some(k) => {
            groups.drain(..k);
            weight -= k as i32;
            while groups.last() == Some(&0) {
                groups.pop();
            }
        }
    }
    if groups.is_empty() {
        weight = 0;
    }
    out.put_i16(i16::try_from(groups.len()).map_err(|_| Refused)?);
    out.put_i16(i16::try_from(weight).map_err(|_| Refused)?);
    out.put_u16(if negative && !groups.is_empty() { 0x4000 } else { 0 });
    out.put_u16(dscale);
    for g in groups {
        out.put_i16(g);
    }
    Ok(())
}

/// `{a,b,…}` whose elements need no quoting (no braces, quotes, commas,
/// backslashes or blanks, not the word NULL): one dimension from 1, no NULLs.
fn array(out: &mut BytesMut, elem: &Enc, oid: u32, s: &str) -> Result<(), Refused> {
    let inner = s.strip_prefix('{').and_then(|r| r.strip_suffix('}')).ok_or(Refused)?;
    if inner.is_empty() {
        out.put_i32(0); // no dimensions
        out.put_i32(0); // no NULLs
        out.put_u32(oid);
        return Ok(());
    }
    let items: Vec<&str> = inner.split(',').collect();
    for item in &items {
        let bad = item.is_empty()
            || item.eq_ignore_ascii_case("null")
            || item.bytes().any(|b| matches!(b, b'{' | b'}' | b'"' | b'\\' | b',') || b.is_ascii_whitespace());
        if bad {
            return Err(Refused);
        }
    }
    out.put_i32(1);
    out.put_i32(0);
    out.put_u32(oid);
    out.put_i32(i32::try_from(items.len()).map_err(|_| Refused)?);
    out.put_i32(1);
    for item in items {
        field(out, elem, item)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn enc(e: &Enc, s: &str) -> Option<Vec<u8>> {
        let mut out = BytesMut::new();
        value(&mut out, e, s).ok().map(|_| out.to_vec())
    }

    fn types() -> HashMap<u32, TypeInfo> {
        let t = |receive: &str, base: u32, elem: u32| TypeInfo { receive: receive.into(), base, elem };
        HashMap::from([
            (25, t("textrecv", 0, 0)),
            (1009, t("array_recv", 0, 25)),
            (2950, t("uuid_recv", 0, 0)),
            (90001, t("domain_recv", 2950, 0)),
            (90002, t("array_recv", 0, 1009)),
            (869, t("inet_recv", 0, 0)),
            (90003, t("domain_recv", 869, 0)),
        ])
    }

    #[test]
    fn encoders_follow_domains_and_arrays_and_refuse_the_rest() {
        let ts = types();
        assert_eq!(encoder(25, &ts), Some(Enc::Text));
        assert_eq!(encoder(1009, &ts), Some(Enc::Array(Box::new(Enc::Text), 25)));
        assert_eq!(encoder(90001, &ts), Some(Enc::Uuid));
        assert_eq!(encoder(90002, &ts), None, "arrays of arrays");
        assert_eq!(encoder(90003, &ts), None, "a domain over a type without an encoder");
        assert_eq!(encoder(7, &ts), None, "a type the catalog did not describe");
    }

    #[test]
    fn integers_and_booleans_in_their_plain_spelling_only() {
        assert_eq!(enc(&Enc::Int4, "-2"), Some(vec![0xff, 0xff, 0xff, 0xfe]));
        assert_eq!(enc(&Enc::Int2, "40000"), None);
        assert_eq!(enc(&Enc::Int8, " 1"), None);
        assert_eq!(enc(&Enc::Int8, "+1"), None);
        assert_eq!(enc(&Enc::Bool, "true"), Some(vec![1]));
        assert_eq!(enc(&Enc::Bool, "f"), Some(vec![0]));
        assert_eq!(enc(&Enc::Bool, "yes"), None);
    }

    #[test]
    fn uuids_need_the_hyphenated_form() {
        let u = enc(&Enc::Uuid, "0123ABCD-4567-89ab-cdef-0123456789ab").expect("a uuid");
        assert_eq!(u, [0x01, 0x23, 0xab, 0xcd, 0x45, 0x67, 0x89, 0xab, 0xcd, 0xef, 0x01, 0x23, 0x45, 0x67, 0x89, 0xab]);
        assert_eq!(enc(&Enc::Uuid, "0123abcd456789abcdef0123456789ab"), None);
        assert_eq!(enc(&Enc::Uuid, "0123abcd-4567-89ab-cdef-0123456789ag"), None);
    }

    fn numeric_parts(s: &str) -> Option<(i16, i16, u16, u16, Vec<i16>)> {
        let b = enc(&Enc::Numeric, s)?;
        let w = |k: usize| i16::from_be_bytes([b[k], b[k + 1]]);
        let n = w(0);
        Some((n, w(2), w(4) as u16, w(6) as u16, (0..n as usize).map(|k| w(8 + 2 * k)).collect()))
    }

    #[test]
    fn numerics_are_grouped_in_base_10000_with_the_texts_scale() {
        assert_eq!(numeric_parts("123.45"), Some((2, 0, 0, 2, vec![123, 4500])));
        assert_eq!(numeric_parts("-12345678.9"), Some((3, 1, 0x4000, 1, vec![1234, 5678, 9000])));
        assert_eq!(numeric_parts("0.0001"), Some((1, -1, 0, 4, vec![1])));
        assert_eq!(numeric_parts("0.00"), Some((0, 0, 0, 2, vec![])));
        assert_eq!(numeric_parts("-0"), Some((0, 0, 0, 0, vec![])));
        assert_eq!(numeric_parts("10000"), Some((1, 1, 0, 0, vec![1])));
        assert_eq!(numeric_parts("007"), Some((1, 0, 0, 0, vec![7])));
        for bad in ["1e3", "NaN", ".5", "5.", "", "-", "1,5"] {
            assert_eq!(numeric_parts(bad), None, "{bad}");
        }
    }

    #[test]
    fn timestamps_count_microseconds_from_2000_and_need_an_offset_with_time_zone() {
        let micros = |s: &str, tz| enc(&Enc::Timestamp(tz), s).map(|b| i64::from_be_bytes(b.try_into().expect("8 bytes")));
        assert_eq!(micros("2000-01-01 00:00:00+00", true), Some(0));
        assert_eq!(micros("2000-01-01 01:00:00+01", true), Some(0));
        assert_eq!(micros("2000-01-01 00:00:00-05:30", true), Some(19_800_000_000));
        assert_eq!(micros("1999-12-31 23:59:59.5", false), Some(-500_000));
        assert_eq!(micros("2026-03-01", false), Some((Date { y: 2026, m: 3, d: 1 }.days() - EPOCH_DAYS) * MICROS_PER_DAY));
        assert_eq!(micros("2026-03-01 10:00:00", true), None, "no offset: the session's zone would decide");
        assert_eq!(micros("2026-03-01 10:00:00+00", false), None, "an offset timestamp would ignore");
        assert_eq!(micros("2026-02-30 10:00:00", false), None);
        assert_eq!(micros("infinity", false), None);
        let days = |s: &str| enc(&Enc::Date, s).map(|b| i32::from_be_bytes(b.try_into().expect("4 bytes")));
        assert_eq!(days("2000-01-02"), Some(1));
        assert_eq!(days("1999-12-31"), Some(-1));
        assert_eq!(days("2000-1-2"), None);
    }

    #[test]
    fn arrays_of_plain_elements_only() {
        let a = enc(&Enc::Array(Box::new(Enc::Int4), 23), "{1,-2}").expect("an int array");
        let words: Vec<i32> = a.chunks(4).map(|c| i32::from_be_bytes(c.try_into().expect("4 bytes"))).collect();
        assert_eq!(words, [1, 0, 23, 2, 1, 4, 1, 4, -2]);
        assert_eq!(enc(&Enc::Array(Box::new(Enc::Text), 25), "{}"), Some([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 25].to_vec()));
        for bad in ["{a,NULL}", "{\"a b\"}", "{a, b}", "{a,}", "{{1}}", "a,b"] {
            assert_eq!(enc(&Enc::Array(Box::new(Enc::Text), 25), bad), None, "{bad}");
        }
    }

    #[test]
    fn a_refused_value_leaves_the_buffer_as_it_was() {
        let mut out = BytesMut::from(&b"xy"[..]);
        let encs = [Enc::Text, Enc::Int4];
        assert!(encode_row(&mut out, &encs, &[Some("a".into()), Some("x".into())]).is_err());
        assert_eq!(&out[..], b"xy");
        encode_row(&mut out, &encs, &[None, Some("7".into())]).expect("a row");
        assert_eq!(&out[2..], [0, 2, 0xff, 0xff, 0xff, 0xff, 0, 0, 0, 4, 0, 0, 0, 7]);
    }
}
