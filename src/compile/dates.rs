//! Calendar arithmetic for interval partitions (days since 1970-01-01), so the
//! initial partitions are computed from YAML alone and rendering stays
//! deterministic: no clock is read at render time.

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub y: i32,
    pub m: u32,
    pub d: u32,
}

impl Date {
    pub fn parse(s: &str) -> Option<Date> {
        let mut it = s.trim().splitn(3, '-');
        let y: i32 = it.next()?.parse().ok()?;
        let m: u32 = it.next()?.parse().ok()?;
        let d: u32 = it.next().map_or(Some(1), |v| v.parse().ok())?;
        if !(1..=12).contains(&m) || d == 0 || d > days_in_month(y, m) || !(1900..=9999).contains(&y) {
            return None;
        }
        Some(Date { y, m, d })
    }

    pub fn days(self) -> i64 {
        // Howard Hinnant's days_from_civil
        let y = i64::from(self.y) - i64::from(self.m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.m);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.d) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe - 719468
    }

    pub fn from_days(z: i64) -> Date {
        let z = z + 719468;
        let era = z.div_euclid(146097);
        let doe = z - era * 146097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        let y = yoe + era * 400;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        Date { y: (y + i64::from(m <= 2)) as i32, m, d }
    }

    /// Monday = 0
    pub fn weekday(self) -> i64 {
        (self.days() + 3).rem_euclid(7)
    }

    pub fn add_months(self, n: i32) -> Date {
        let total = self.y * 12 + self.m as i32 - 1 + n;
        let y = total.div_euclid(12);
        let m = total.rem_euclid(12) as u32 + 1;
        Date { y, m, d: self.d.min(days_in_month(y, m)) }
    }

    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.y, self.m, self.d)
    }
}

pub fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

/// Align `date` down to the start of its interval.
pub fn align(date: Date, interval: &str) -> Date {
    match interval {
        "day" => date,
        "week" => Date::from_days(date.days() - date.weekday()),
        "month" => Date { d: 1, ..date },
        "quarter" => Date { m: (date.m - 1) / 3 * 3 + 1, d: 1, ..date },
        _ => Date { m: 1, d: 1, ..date },
    }
}

pub fn next(date: Date, interval: &str) -> Date {
    match interval {
        "day" => Date::from_days(date.days() + 1),
        "week" => Date::from_days(date.days() + 7),
        "month" => date.add_months(1),
        "quarter" => date.add_months(3),
        _ => date.add_months(12),
    }
}

/// Partition name suffix for the interval starting at `date`.
pub fn suffix(date: Date, interval: &str) -> String {
    match interval {
        "day" => format!("p{:04}{:02}{:02}", date.y, date.m, date.d),
        "week" => format!("p{:04}{:02}{:02}", date.y, date.m, date.d),
        "month" => format!("p{:04}{:02}", date.y, date.m),
        "quarter" => format!("p{:04}q{}", date.y, (date.m - 1) / 3 + 1),
        _ => format!("p{:04}", date.y),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_alignment() {
        for s in ["1970-01-01", "2000-02-29", "2026-11-22", "2024-12-31"] {
            let d = Date::parse(s).unwrap();
            assert_eq!(Date::from_days(d.days()), d);
        }
        let d = Date::parse("2026-11-22").unwrap();
        assert_eq!(d.weekday(), 6); // a Sunday
        assert_eq!(align(d, "week").iso(), "2026-11-16");
        assert_eq!(align(d, "quarter").iso(), "2026-10-01");
        assert_eq!(next(align(d, "quarter"), "quarter").iso(), "2027-01-01");
        assert_eq!(suffix(align(d, "quarter"), "quarter"), "p2026q4");
        assert!(Date::parse("2026-02-30").is_none());
    }
}
