//! Time: epoch milliseconds, the emulator's one clock unit, and the .NET ticks and ISO-8601
//! forms the wire uses.

/// Milliseconds since the Unix epoch.
pub(crate) fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

/// Milliseconds of a duration, saturating at `i64::MAX`.
pub(crate) fn millis(d: std::time::Duration) -> i64 {
    i64::try_from(d.as_millis()).unwrap_or(i64::MAX)
}

/// `ms` plus a duration, saturating.
pub(crate) fn after(ms: i64, d: std::time::Duration) -> i64 {
    ms.saturating_add(millis(d))
}

/// .NET ticks (100 ns since 0001-01-01) for an epoch-milliseconds instant.
pub(crate) fn ticks_from_ms(ms: i64) -> i64 {
    ms * 10_000 + 621_355_968_000_000_000
}

/// Epoch milliseconds for .NET ticks (values below the epoch map to 0).
#[cfg(test)]
pub(crate) fn ms_from_ticks(ticks: i64) -> i64 {
    ((ticks - 621_355_968_000_000_000) / 10_000).max(0)
}

/// ISO-8601 UTC (`2017-12-20T08:33:51Z`) for epoch milliseconds.
pub(crate) fn iso_from_ms(ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(ms)
        .unwrap_or_default()
        .format("%Y-%m-%dT%H:%M:%SZ")
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_match_dotnet() {
        // 2018-07-17T08:31:20.2Z; the docs' sample cursor (636674054802000000) is of the same era.
        assert_eq!(ticks_from_ms(1_531_816_280_200), 636_674_130_802_000_000);
        assert_eq!(
            ms_from_ticks(ticks_from_ms(1_700_000_000_123)),
            1_700_000_000_123
        );
    }
}
