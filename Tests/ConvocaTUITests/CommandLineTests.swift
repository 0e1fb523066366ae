import ConvocaCore
import Testing

@testable import ConvocaTUI

/// The `:` command line: editing, history, completion, running and refusing commands.
@Suite struct CommandLineTests {
  let data = TUIFixture.data()

  func state(_ keys: [Key] = [], data: AppData? = nil, width: Int = 80) -> AppState {
    let d = data ?? self.data
    var s = TUIFixture.state(d, width: width)
    TUIFixture.send(&s, keys, d)
    return s
  }

  func line(_ s: AppState) -> CommandLineState? {
    if case .commandLine(let c) = s.mode { return c }
    return nil
  }

  /// A lister with a fixed folder tree.
  static let files = FileLister { folder in
    switch folder {
    case "":
      return [
        .init(name: "out.csv", isDirectory: false), .init(name: "reports", isDirectory: true),
        .init(name: ".hidden", isDirectory: false), .init(name: "notes.txt", isDirectory: false),
      ]
    case "reports/":
      return [.init(name: "q1.csv", isDirectory: false), .init(name: "q2.csv", isDirectory: false)]
    default: return []
    }
  }

  var dataWithFiles: AppData {
    var d = TUIFixture.data()
    d.files = CommandLineTests.files
    return d
  }

  @Test(arguments: [AppState.Screen.list, .board, .dashboard, .standup])
  func colonOpensTheCommandLineOnEveryScreen(_ screen: AppState.Screen) {
    var s = state()
    let key: Character =
      ["list": "1", "board": "2", "dashboard": "3", "standup": "4"][screen.rawValue] ?? "1"
    TUIFixture.send(&s, [.char(key), .char(":")], data)
    #expect(line(s) != nil)
    TUIFixture.send(&s, [.escape], data)
    #expect(s.mode == .normal)
    #expect(s.screen == screen)
  }

  @Test func editingKeys() {
    var s = state([.char(":")])
    TUIFixture.type(&s, "export csv out.csv", data)
    TUIFixture.send(&s, [.ctrl("w")], data)
    #expect(line(s)?.editor.text == "export csv ")
    TUIFixture.send(&s, [.ctrl("w")], data)
    #expect(line(s)?.editor.text == "export ")
    TUIFixture.send(&s, [.home, .char("x"), .end, .char("y"), .left, .backspace], data)
    #expect(line(s)?.editor.text == "xexporty")
    TUIFixture.send(&s, [.ctrl("u")], data)
    #expect(line(s)?.editor.text == "y")
  }

  @Test func renderShowsTheLineAndTheCursor() {
    var s = state([.char(":")])
    TUIFixture.type(&s, "export csv", data)
    let c = TUIFixture.screen(s, data)
    #expect(c.lines[22] == ":export csv")
    #expect(c.style(x: 0, y: 22).attributes.contains(.bold))
    #expect(c.cursor?.x == 11 && c.cursor?.y == 22)
    #expect(c.lines[23].contains("Enter run"))
    #expect(c.lines[23].contains("Tab complete"))
  }

  @Test func historyWalksThisSessionsCommands() {
    var s = state()
    for cmd in ["help", "nonsense", "help"] {
      TUIFixture.send(&s, [.char(":")], data)
      TUIFixture.type(&s, cmd, data)
      TUIFixture.send(&s, [.enter, .escape, .escape], data)
    }
    #expect(s.commandHistory == ["nonsense", "help"])
    TUIFixture.send(&s, [.char(":")], data)
    TUIFixture.type(&s, "exp", data)
    TUIFixture.send(&s, [.up], data)
    #expect(line(s)?.editor.text == "help")
    TUIFixture.send(&s, [.up], data)
    #expect(line(s)?.editor.text == "nonsense")
    TUIFixture.send(&s, [.up], data)
    #expect(line(s)?.editor.text == "nonsense")
    TUIFixture.send(&s, [.down, .down], data)
    #expect(line(s)?.editor.text == "exp")
  }

  @Test func tabCompletesCommandNamesAndFormats() {
    var s = state([.char(":")])
    TUIFixture.type(&s, "ex", data)
    TUIFixture.send(&s, [.tab], data)
    #expect(line(s)?.editor.text == "export ")
    TUIFixture.send(&s, [.tab], data)
    #expect(line(s)?.editor.text == "export csv ")
    #expect(line(s)?.completion?.candidates == ["csv ", "xlsx ", "ics ", "json "])
    let c = TUIFixture.screen(s, data)
    #expect(c.lines[23].hasPrefix(" csv  xlsx  ics"))
    #expect(c.style(x: 1, y: 23).attributes.contains(.reverse))
    #expect(!c.style(x: 6, y: 23).attributes.contains(.reverse))
    TUIFixture.send(&s, [.tab], data)
    #expect(line(s)?.editor.text == "export xlsx ")
    #expect(TUIFixture.screen(s, data).style(x: 6, y: 23).attributes.contains(.reverse))
  }

  @Test func tabCompletesFileNamesThroughTheLister() {
    let d = dataWithFiles
    var s = state([.char(":")], data: d)
    TUIFixture.type(&s, "import re", d)
    TUIFixture.send(&s, [.tab], d)
    #expect(line(s)?.editor.text == "import reports/")
    TUIFixture.send(&s, [.tab], d)
    #expect(line(s)?.editor.text == "import reports/q1.csv")
    #expect(line(s)?.completion?.candidates == ["reports/q1.csv", "reports/q2.csv"])
    TUIFixture.send(&s, [.tab], d)
    #expect(line(s)?.editor.text == "import reports/q2.csv")
    // Hidden files only when asked for; no match says so.
    var t = state([.char(":")], data: d)
    TUIFixture.type(&t, "export csv ", d)
    TUIFixture.send(&t, [.tab], d)
    #expect(line(t)?.completion?.candidates == ["notes.txt", "out.csv", "reports/"])
    var u = state([.char(":")], data: d)
    TUIFixture.type(&u, "import zzz", d)
    TUIFixture.send(&u, [.tab], d)
    #expect(line(u)?.editor.text == "import zzz")
    #expect(line(u)?.error == Strings.tuiCommandNoCompletion)
  }

  @Test func unknownCommandSuggestsTheClosest() {
    var s = state([.char(":")])
    TUIFixture.type(&s, "exprot csv a.csv", data)
    let effects = TUIFixture.send(&s, [.enter], data)
    #expect(effects.isEmpty)
    #expect(line(s)?.error == "unknown command 'exprot': did you mean :export? (:help lists them)")
    let c = TUIFixture.screen(s, data)
    #expect(c.lines[22].contains("✗ unknown command 'exprot'"))
    let x =
      (c.lines[22].firstIndex(of: "✗")).map { c.lines[22].distance(from: c.lines[22].startIndex, to: $0) }
      ?? 0
    #expect(c.style(x: x, y: 22).fg == .red)
    var t = state([.char(":")])
    TUIFixture.type(&t, "zzzzzzz", data)
    TUIFixture.send(&t, [.enter], data)
    #expect(line(t)?.error == "unknown command 'zzzzzzz' (:help lists the commands)")
  }

  @Test func missingAndBadArguments() {
    for (typed, message) in [
      ("export", ":export needs csv|xlsx|ics|json: :export csv|xlsx|ics|json FILE"),
      ("export csv", ":export needs FILE: :export csv|xlsx|ics|json FILE"),
      (
        "export cvs out.csv",
        "'cvs' is not a format of :export: did you mean csv? (:export csv|xlsx|ics|json FILE)"
      ),
      ("export pdf out.pdf", "'pdf' is not a format of :export: :export csv|xlsx|ics|json FILE"),
      ("import", ":import needs FILE: :import FILE"),
      ("help me", "too many words for :help: :help"),
    ] {
      var s = state([.char(":")])
      TUIFixture.type(&s, typed, data)
      #expect(TUIFixture.send(&s, [.enter], data).isEmpty)
      #expect(line(s)?.error == message, "\(typed)")
    }
  }

  @Test func hostileCommandNameIsSanitised() {
    var s = state([.char(":")])
    TUIFixture.type(&s, "\u{1B}]2;pwned\u{07}", data)
    TUIFixture.send(&s, [.enter], data)
    #expect(line(s)?.error?.contains("\u{1B}") == false)
    let c = TUIFixture.screen(s, data)
    #expect(!c.lines.joined().contains("\u{1B}"))
  }

  @Test func helpListsTheCommands() {
    for typed in ["help", "?"] {
      var s = state([.char(":")])
      TUIFixture.type(&s, typed, data)
      TUIFixture.send(&s, [.enter], data)
      #expect(s.mode == .confirm(ConfirmState(.commandHelp)))
      let text = TUIFixture.screen(s, data).lines.joined(separator: "\n")
      #expect(text.contains(":export csv|xlsx|ics|json FILE"))
      #expect(text.contains(":import FILE"))
      #expect(text.contains(":report html|md FILE"))
      #expect(text.contains(":help"))
      #expect(text.contains("(:?)"))
      TUIFixture.send(&s, [.escape], data)
      #expect(s.mode == .normal)
    }
  }

  @Test func emptyLineJustCloses() {
    var s = state([.char(":")])
    TUIFixture.type(&s, "   ", data)
    #expect(TUIFixture.send(&s, [.enter], data).isEmpty)
    #expect(s.mode == .normal)
    #expect(s.commandHistory.isEmpty)
  }

  @Test func fileNameKeepsItsSpaces() {
    guard case .run(_, let args) = CommandTable.parse("export csv my calls.csv  ") else {
      Issue.record("did not parse")
      return
    }
    #expect(args == ["csv", "my calls.csv"])
  }
}
