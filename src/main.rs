fn main() {
    std::process::exit(seam::run(std::env::args_os()));
}
