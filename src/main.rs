fn main() -> std::process::ExitCode {
    provision::main(std::env::args_os())
}
