pub mod apply;
pub mod eval;
pub mod exec;
pub mod nix_info;
pub mod repl;

#[cfg(target_os = "linux")]
pub mod apply_local;

#[cfg(debug_assertions)]
pub mod test_progress;
