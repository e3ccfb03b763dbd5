// The compiler and the renderer allocate many small values; mimalloc is
// markedly faster than the system allocator at that (docs/benchmarks.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    provision::main(std::env::args_os())
}
