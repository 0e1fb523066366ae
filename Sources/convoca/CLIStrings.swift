import ConvocaCore

// The command-line help: subcommand abstracts, the root discussion, and every option's and
// argument's help. Flags, field names, stage and kind values stay as typed in every language.
// (swift-argument-parser's own words — USAGE, OPTIONS, "Show help information." — are its own.)

// MARK: - Commands

extension Strings {
  static var cliAbstractRoot: String {
    t("cli.abstract.root", "Track international cooperation calls from the terminal.")
  }
  static var cliDiscussionRoot: String {
    t(
      "cli.discussion.root",
      "With no subcommand, opens the full-screen tracker (press ? inside for help).\nData lives in one plain-text file: --file PATH, else $CONVOCA_FILE, else\n$XDG_DATA_HOME/convoca/opportunities.jsonl. --demo works on a fresh copy of the demo data.\nQueries: see docs/query-language.md (e.g. 'kind:grant due<30d medellin').\nThe tracker's keys: convoca help keys."
    )
  }
  static var cliAbstractList: String {
    t("cli.abstract.list", "List opportunities matching a query (all of them without one).")
  }
  static var cliAbstractShow: String { t("cli.abstract.show", "Show one opportunity in full.") }
  static var cliAbstractAdd: String {
    t("cli.abstract.add", "Add an opportunity; prints the new id alone on stdout.")
  }
  static var cliAbstractEdit: String { t("cli.abstract.edit", "Change fields of an opportunity.") }
  static var cliAbstractMove: String {
    t("cli.abstract.move", "Move an opportunity to a stage (recorded in its history).")
  }
  static var cliAbstractNote: String { t("cli.abstract.note", "Add a dated note to an opportunity.") }
  static var cliAbstractCheck: String {
    t("cli.abstract.check", "Verify the data file; exits 1 and says what and where on any problem.")
  }
  static var cliAbstractCompact: String {
    t("cli.abstract.compact", "Rewrite the file as a sorted snapshot (atomic; safe while others use it).")
  }
}

// MARK: - Options and arguments

extension Strings {
  // Every command
  static var cliHelpFile: String {
    t(
      "cli.help.file",
      "The data file (default: $CONVOCA_FILE, else $XDG_DATA_HOME/convoca/opportunities.jsonl).")
  }
  static var cliHelpDemo: String {
    t("cli.help.demo", "Work on a fresh temporary copy of the bundled demo data.")
  }

  // show, edit, move, note
  static var cliHelpID: String { t("cli.help.id", "The id, or any unique prefix of it.") }

  // add and edit: one per field
  static var cliHelpTitle: String { t("cli.help.title", "The call's name.") }
  static var cliHelpKind: String {
    t(
      "cli.help.kind",
      "grant, scholarship, award, network, event, alliance, technical, other (or a configured kind).")
  }
  static var cliHelpFunder: String { t("cli.help.funder", "The organisation that issues the call.") }
  static var cliHelpProgram: String { t("cli.help.program", "The funder's programme.") }
  static var cliHelpCountry: String { t("cli.help.country", "The funder's country or region.") }
  static var cliHelpArea: String {
    t(
      "cli.help.area",
      "Strategic line: economic-development, urban-development, security-peace, inclusion, education-culture, innovation."
    )
  }
  static var cliHelpDeadline: String {
    t(
      "cli.help.deadline",
      "Application deadline: 2027-02-15, 15/02/2027, 15 feb 2027, tomorrow, +6w, in 3 days, next monday… (docs/file-format.md, Typing dates; empty to clear)."
    )
  }
  static var cliHelpDecision: String {
    t("cli.help.decision", "Expected decision date, typed as for --deadline (empty to clear).")
  }
  static var cliHelpAmount: String {
    t(
      "cli.help.amount",
      "Money requested or at stake: 50000, 250k, 1,5m, 1.234.567,89 or '50000 EUR'. '1,500' alone follows the locale (LANG) or is refused; see docs/file-format.md, Typing amounts."
    )
  }
  static var cliHelpCurrency: String {
    t("cli.help.currency", "ISO 4217 currency of --amount (default from the configuration, USD).")
  }
  static var cliHelpAwarded: String { t("cli.help.awarded", "Money actually won (same forms as --amount).") }
  static var cliHelpProbability: String {
    t("cli.help.probability", "Chance of winning, 0–100 (empty: the stage's default).")
  }
  static var cliHelpOwner: String { t("cli.help.owner", "The officer responsible.") }
  static var cliHelpBeneficiary: String {
    t("cli.help.beneficiary", "The city body the call would serve, and its prioritised project.")
  }
  static var cliHelpTag: String {
    t("cli.help.tag", "A label (repeat for several; replaces the list on edit).")
  }
  static var cliHelpURL: String { t("cli.help.url", "Where the call lives.") }
  static var cliHelpContact: String { t("cli.help.contact", "Who to ask.") }
  static var cliHelpDescription: String { t("cli.help.description", "The call's text.") }

  // add
  static var cliHelpAddStage: String { t("cli.help.addStage", "Starting stage (default identified).") }

  // edit
  static var cliHelpAddTag: String { t("cli.help.addTag", "Add a label, keeping the others.") }
  static var cliHelpRemoveTag: String { t("cli.help.removeTag", "Remove a label.") }

  // list
  static var cliHelpQuery: String {
    t("cli.help.query", "Query terms, e.g. kind:grant due<30d \"smart city\" -stage:dropped.")
  }
  static var cliHelpSort: String {
    t(
      "cli.help.sort",
      "Sort by deadline, amount, updated, created, title, stage, funder, owner, probability or id; add :desc or a leading - for descending."
    )
  }
  static var cliHelpListJSON: String { t("cli.help.listJSON", "Print a JSON array of records.") }
  static var cliHelpLimit: String { t("cli.help.limit", "Show at most N opportunities.") }
  static var cliHelpColumns: String {
    t("cli.help.columns", "Columns to show, in order: id,title,kind,stage,deadline,amount,funder,owner,area.")
  }
  static var cliHelpFormat: String {
    t("cli.help.format", "Output format: table, csv, tsv, json or jsonl (json is --json).")
  }
  static var cliHelpWidth: String {
    t("cli.help.width", "Fit the table to N cells (piped output is otherwise not cut).")
  }

  // show
  static var cliHelpShowJSON: String { t("cli.help.showJSON", "Print the record as JSON.") }

  // move
  static var cliHelpMoveStage: String {
    t(
      "cli.help.moveStage",
      "identified, preparing, applied, won, lost or dropped (a unique prefix is enough).")
  }
  static var cliHelpMoveNote: String { t("cli.help.moveNote", "Why, kept with the move in the history.") }
  static var cliHelpMoveAwarded: String {
    t("cli.help.moveAwarded", "Money won (moving to won; default: the amount requested).")
  }

  // note
  static var cliHelpNoteText: String { t("cli.help.noteText", "The note's text.") }
}
