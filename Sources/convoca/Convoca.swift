import ArgumentParser
import ConvocaCore

/// The root command. With no subcommand it shows the pipeline (the full-screen tracker
/// takes this place once it exists).
struct Convoca: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "convoca",
    abstract: "Track international cooperation calls from the terminal.",
    discussion: """
      Data lives in one plain-text file: --file PATH, else $CONVOCA_FILE, else
      $XDG_DATA_HOME/convoca/opportunities.jsonl. --demo works on a fresh copy of the demo data.
      Queries: see docs/query-language.md (e.g. 'kind:grant due<30d medellin').
      """,
    subcommands: [
      ListCommand.self, ShowCommand.self, AddCommand.self, EditCommand.self, MoveCommand.self, NoteCommand.self,
      CheckCommand.self, CompactCommand.self,
    ],
    defaultSubcommand: ListCommand.self
  )
}
