//! Reading a request body given as `--body @file.json`, `--body file.json`
//! or `--body -` (standard input), bounded in size.

use std::io::Read;
use std::path::Path;

/// The largest JSON body read (every Kaizala request body is far smaller).
pub const MAX_BODY_BYTES: u64 = 1024 * 1024;

/// Reads a body argument: `-` is standard input, `@path` and `path` a file.
/// Fails with a sentence naming the file when it is missing, not UTF-8 or
/// over [`MAX_BODY_BYTES`].
pub fn read(arg: &Path) -> std::io::Result<String> {
    let text = arg.to_string_lossy();
    let mut bytes = Vec::new();
    let limit = MAX_BODY_BYTES + 1;
    let name = if text == "-" {
        std::io::stdin()
            .lock()
            .take(limit)
            .read_to_end(&mut bytes)?;
        "standard input".to_owned()
    } else {
        let path = Path::new(text.strip_prefix('@').unwrap_or(&text));
        let file = std::fs::File::open(path).map_err(|e| {
            std::io::Error::new(e.kind(), format!("cannot open {}: {e}", path.display()))
        })?;
        file.take(limit).read_to_end(&mut bytes)?;
        path.display().to_string()
    };
    if bytes.len() as u64 > MAX_BODY_BYTES {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!("the body in {name} is larger than {MAX_BODY_BYTES} bytes"),
        ));
    }
    String::from_utf8(bytes).map_err(|_| {
        std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!("the body in {name} is not UTF-8 text"),
        )
    })
}
