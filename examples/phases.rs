use std::time::Instant;
fn main() {
    let a: Vec<String> = std::env::args().skip(1).collect();
    let t = Instant::now();
    let old = clausewise::Draft::load(std::path::Path::new(&a[0])).unwrap();
    let new = clausewise::Draft::load(std::path::Path::new(&a[1])).unwrap();
    eprintln!("load+parse {:?}", t.elapsed());
    let t = Instant::now();
    let ot: Vec<&str> = old.points.iter().map(|p| p.text.as_str()).collect();
    let nt: Vec<&str> = new.points.iter().map(|p| p.text.as_str()).collect();
    let g = clausewise::compare::align::align(&ot, &nt, &Default::default());
    eprintln!("align {:?} groups {}", t.elapsed(), g.len());
    let t = Instant::now();
    let c = clausewise::compare(&old, &new, &Default::default());
    eprintln!("compare (align+diff) {:?}", t.elapsed());
    let t = Instant::now();
    let mut out = Vec::new();
    clausewise::report::write(&mut out, clausewise::report::Format::Json, &old, &new, &c).unwrap();
    eprintln!("json {:?} {} bytes", t.elapsed(), out.len());
}
