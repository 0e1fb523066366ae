import ArgumentParser

/// What the shell completion scripts (`convoca --generate-completion-script bash|zsh|fish`)
/// offer for an id: the ids of the default data file, read through `convoca list`.
enum ShellCompletion {
  /// Ids, one a line, from the data file `convoca` opens by default.
  static var ids: CompletionKind {
    .shellCommand("convoca list --columns id --format tsv --limit 1000 2>/dev/null | tail -n +2")
  }
}
