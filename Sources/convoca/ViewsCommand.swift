import ArgumentParser
import ConvocaCore
import Foundation

/// `convoca views`: the team's saved views, shared in the data file (`V` in the tracker).
struct ViewsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "views", abstract: Strings.cliAbstractViews,
    subcommands: [ViewsList.self, ViewsAdd.self, ViewsRemove.self], defaultSubcommand: ViewsList.self)
}

/// `convoca views [list] [--json]`: every view with how many calls it matches now.
struct ViewsList: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "list", abstract: Strings.cliAbstractViewsList)

  @OptionGroup var globals: GlobalOptions
  @Flag(help: ArgumentHelp(Strings.cliHelpViewsJSON)) var json = false

  func run() throws {
    let config = try globals.configuration()
    let db = try globals.open(config)
    let team = db.store.team
    let counts = team.viewCounts(
      in: db.store, context: ListCommand.context(config, globals), vocabulary: config.vocabulary)
    let views = team.sortedViews
    if json {
      let items: [JSONValue] = views.map { v in
        var m: [(String, JSONValue)] = [("name", .string(v.name)), ("query", .string(v.query))]
        m.append(("sort", v.sort.map(JSONValue.string) ?? .null))
        m.append(("columns", v.columns.map { .array($0.map(JSONValue.string)) } ?? .null))
        m.append(("screen", v.screen.map(JSONValue.string) ?? .null))
        m.append(("count", counts[v.key].map { .number(String($0)) } ?? .null))
        return .object(m)
      }
      Output.line(JSONWriter.pretty(.array(items)))
      return try globals.endRead(db)
    }
    if views.isEmpty {
      Output.note(Strings.cliNoViews)
      return try globals.endRead(db)
    }
    let nameWidth = views.map { TerminalText.width(TerminalText.sanitize($0.name)) }.max() ?? 0
    let counted = views.map { counts[$0.key].map(String.init) ?? "?" }
    let countWidth = counted.map(\.count).max() ?? 1
    for (v, n) in zip(views, counted) {
      var line = TerminalText.pad(TerminalText.sanitize(v.name), toWidth: nameWidth) + "  "
      line += String(repeating: " ", count: countWidth - n.count) + n + "  " + TerminalText.sanitize(v.query)
      if let s = v.sort { line += "  --sort " + s }
      if let c = v.columns { line += "  --columns " + c.joined(separator: ",") }
      if let s = v.screen { line += "  --screen " + s }
      Output.line(line)
    }
    for v in views where counts[v.key] == nil {
      do { _ = try v.resolve(vocabulary: config.vocabulary) } catch { Output.warn(error.message) }
    }
    try globals.endRead(db)
  }
}

/// `convoca views add NAME QUERY… [--sort F] [--columns a,b] [--screen S] [--replace]`.
struct ViewsAdd: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "add", abstract: Strings.cliAbstractViewsAdd)

  @OptionGroup var globals: GlobalOptions
  @Argument(help: ArgumentHelp(Strings.cliHelpViewName)) var name: String
  @Argument(help: ArgumentHelp(Strings.cliHelpQuery)) var query: [String] = []
  @Option(help: ArgumentHelp(Strings.cliHelpSort), completion: .list(SortField.allCases.map(\.rawValue)))
  var sort: String?
  @Option(help: ArgumentHelp(Strings.cliHelpColumns)) var columns: String?
  @Option(help: ArgumentHelp(Strings.cliHelpViewScreen), completion: .list(SavedView.screens))
  var screen: String?
  @Flag(help: ArgumentHelp(Strings.cliHelpViewReplace)) var replace = false

  /// The options `views add` takes with a value and alone (see `ListCommand.queryWordsAsArguments`).
  static let valueOptions: Set<String> = ["--sort", "--columns", "--screen", "--file"]
  static let flagOptions: Set<String> = ["--replace", "--demo", "--help", "-h"]

  /// Rewrites `views add`'s arguments so query words starting with `-` reach the query.
  static func queryWordsAsArguments(_ args: [String]) -> [String] {
    guard args.first == "views" else { return args }
    // Global options moved after `views` (`--file F`, `--demo`) may stand before `add`.
    var globals: [String] = []
    var i = 1
    while i < args.count, args[i] != "add" {
      if args[i] == "--file", i + 1 < args.count {
        globals += [args[i], args[i + 1]]
        i += 2
      } else if args[i] == "--demo" || args[i].hasPrefix("--file=") {
        globals.append(args[i])
        i += 1
      } else {
        return args
      }
    }
    guard i < args.count else { return args }
    let rest = ["add"] + globals + args[(i + 1)...]
    return ["views"]
      + ListCommand.sortingQueryWords(rest, valueOptions: valueOptions, flagOptions: flagOptions)
  }

  func run() throws {
    let config = try globals.configuration()
    let view: SavedView
    do {
      view = try SavedView.make(
        name: name, query: query.joined(separator: " "), sort: sort, columns: columns, screen: screen,
        vocabulary: config.vocabulary)
    } catch { throw ValidationError(error.message) }
    let db = try globals.openForWriting(config)
    if let old = db.store.team.view(named: view.name), !replace {
      throw CLIError(Strings.cliViewExists(old.name))
    }
    try RatesCommand.perform(db, [.team(.view(view.name, view))])
    let context = ListCommand.context(config, globals)
    let count = db.store.team.viewCounts(in: db.store, context: context, vocabulary: config.vocabulary)[
      view.key]
    Output.note(Strings.cliViewSaved(view.name, count ?? 0))
  }
}

/// `convoca views remove NAME`.
struct ViewsRemove: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "remove", abstract: Strings.cliAbstractViewsRemove)

  @OptionGroup var globals: GlobalOptions
  @Argument(help: ArgumentHelp(Strings.cliHelpViewName)) var name: String

  func run() throws {
    let config = try globals.configuration()
    let db = try globals.openForWriting(config)
    guard let v = db.store.team.view(named: name) else {
      throw CLIError(Strings.cliNoSuchView(name, db.store.team.sortedViews.map(\.name)))
    }
    try RatesCommand.perform(db, [.team(.view(v.name, nil))])
    Output.note(Strings.cliViewRemoved(v.name))
  }
}

extension Strings {
  static var cliAbstractViews: String {
    t("cli.abstract.views", "The team's saved views (filter, sort, columns).")
  }
  static var cliAbstractViewsList: String {
    t("cli.abstract.viewsList", "List the saved views with how many calls each matches now.")
  }
  static var cliAbstractViewsAdd: String {
    t("cli.abstract.viewsAdd", "Save a query (and sort, columns) under a name.")
  }
  static var cliAbstractViewsRemove: String { t("cli.abstract.viewsRemove", "Remove a saved view.") }
  static var cliHelpViewsJSON: String { t("cli.help.viewsJSON", "Print them as JSON.") }
  static var cliHelpViewName: String {
    t("cli.help.viewName", "The view's name (case and accents do not matter when it is used).")
  }
  static var cliHelpViewScreen: String {
    t("cli.help.viewScreen", "The tracker screen it opens on: list, board, dashboard or standup.")
  }
  static var cliHelpViewReplace: String { t("cli.help.viewReplace", "Replace a view of the same name.") }
  static var cliHelpListView: String {
    t(
      "cli.help.listView",
      "Use a saved view: its query AND the terms given, its sort and columns unless given.")
  }
  static var cliNoViews: String {
    t("cli.noViews", "no saved views yet; add one with: convoca views add \"Due soon\" due<7d is:open")
  }
  static func cliViewExists(_ n: String) -> String {
    t("cli.viewExists", "a view named '{0}' exists; give --replace to replace it; nothing was changed", n)
  }
  static func cliViewSaved(_ n: String, _ count: Int) -> String {
    t("cli.viewSaved", "view '{0}' saved ({1} matching now)", n, String(count))
  }
  static func cliNoSuchView(_ n: String, _ known: [String]) -> String {
    known.isEmpty
      ? t("cli.noSuchViewNone", "there is no view '{0}' (no views saved yet)", n)
      : t("cli.noSuchView", "there is no view '{0}'; the views are: {1}", n, known.joined(separator: ", "))
  }
  static func cliViewRemoved(_ n: String) -> String { t("cli.viewRemoved", "view '{0}' removed", n) }
}
