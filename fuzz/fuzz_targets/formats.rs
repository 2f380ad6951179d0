//! Fuzzes the Word/OpenDocument and web-page readers: any bytes give text or an error, never a
//! panic or a hang. (PDF is read in a child process with a timeout; fuzz it through the CLI.)
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = clausewise::draft::formats::read_package(data.to_vec());
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = clausewise::draft::formats::html::read(text);
    }
});
