import ConvocaCore
import ConvocaTestSupport
import Foundation
import Testing

@testable import ConvocaTUI

/// `o` in the list and the detail: with a display the tracker runs `xdg-open URL` through
/// its opener (recorded here, never launched); without one it shows the URL as an OSC 8 link
/// and copies it only when the clipboard is enabled. Hostile URLs are refused and no escape
/// reaches the terminal from the data.
@Suite struct OpenURLTests {
  func data(url: String) -> AppData {
    var store = TUIFixture.store
    var o = store[TUIFixture.id("aaa1")]!
    o.url = url
    store.upsert(o)
    return TUIFixture.data(store)
  }

  @Test func oAsksToOpenTheCheckedURLFromTheListAndTheDetail() {
    let d = data(url: " https://jica.example/call ")
    var s = TUIFixture.state(d)
    #expect(TUIFixture.send(&s, [.char("o")], d) == [.openURL("https://jica.example/call", copy: false)])
    s.configuration.clipboard = true
    #expect(
      TUIFixture.send(&s, [.enter, .char("o")], d) == [.openURL("https://jica.example/call", copy: true)])
  }

  @Test func noURLOrAHostileOneIsAClearMessageAndNoEffect() {
    var s = TUIFixture.state(TUIFixture.data())
    #expect(TUIFixture.send(&s, [.char("o")], TUIFixture.data()).isEmpty)
    #expect(s.status?.text == Strings.tuiNoURL("Movilidad urbana Medellín"))
    for url in ["javascript:alert(1)", "https://a.org/\u{1b}]52;c;eA==\u{07}", "https://a.org/\u{9b}2J"] {
      let d = data(url: url)
      var s = TUIFixture.state(d)
      #expect(TUIFixture.send(&s, [.char("o")], d).isEmpty)
      #expect(s.status?.kind == .error)
      let screen = TUIFixture.screen(s, d)
      #expect(!screen.lines.joined().unicodeScalars.contains { $0.value == 0x1b || $0.value == 0x9b })
      #expect(screen.links.isEmpty)
    }
  }

  @Test func withoutADisplayTheURLIsShownAsALinkInTheStatusLine() {
    let d = data(url: "https://jica.example/call")
    var s = TUIFixture.state(d, width: 100)
    reduce(&s, .linkOpened(.shown("https://jica.example/call", copied: false)), data: d)
    let screen = TUIFixture.screen(s, d)
    #expect(screen.links.count == 1)
    let link = screen.links[0]
    #expect(link.url == "https://jica.example/call")
    #expect(screen.text(of: link) == "https://jica.example/call")
    #expect(screen.lines[link.y].contains(Strings.tuiURLShown))
  }

  @Test func theOSC8SequenceCannotBeBrokenOutOf() {
    let plain = String(
      decoding: OSC8.sequence(url: "https://a.org/x", text: "https://a.org/x"), as: UTF8.self)
    #expect(plain == "\u{1b}]8;;https://a.org/x\u{1b}\\https://a.org/x\u{1b}]8;;\u{1b}\\")
    for hostile in [
      "https://a.org/\u{1b}\\\u{1b}[2J", "https://a.org/\u{07}", "https://a.org/\u{9c}", "https://a.org/x\ny",
      "https://a.org/\u{9b}31m",
    ] {
      let bytes = OSC8.sequence(url: hostile, text: hostile)
      // Exactly the four ESCs of the two OSC 8 sequences; no BEL, no C1, no newline.
      #expect(bytes.filter { $0 == 0x1b }.count == 4)
      #expect(!bytes.contains(0x07) && !bytes.contains(0x0a) && !bytes.contains(0x0d))
      let text = String(decoding: bytes, as: UTF8.self)
      #expect(!text.unicodeScalars.contains { (0x80...0x9F).contains($0.value) })
    }
  }

  // MARK: - The app loop

  final class Launches: @unchecked Sendable {
    var argvs: [[String]] = []
    var failWith: String?
  }

  func rig(environment: [String: String], launches: Launches) throws -> (TestTerminal, Tracker, String) {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "convoca-open-\(UInt32.random(in: 0...UInt32.max))"
    ).path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    let db = try Database(path: dir + "/data.jsonl", user: "Laura", clock: { TUIFixture.now })
    var o = TUIFixture.opportunity("aaa1", "Movilidad urbana")
    o.url = "https://jica.example/call?x=1&y=2"
    try db.perform(.create(o))
    let terminal = TestTerminal(width: 100, height: 24)
    let tracker = Tracker(
      terminal: terminal, database: db, configuration: TUIFixture.configuration, today: TUIFixture.today,
      utcOffset: 0, settingsPath: dir + "/ui.json",
      environment: environment.merging(["HOME": dir]) { a, _ in a },
      opener: URLOpener { argv in
        launches.argvs.append(argv)
        return launches.failWith
      })
    return (terminal, tracker, dir)
  }

  @Test func withADisplayTheOpenerGetsXdgOpenAndTheURLAsOneArgument() throws {
    let launches = Launches()
    let (terminal, tracker, _) = try rig(environment: ["DISPLAY": ":0"], launches: launches)
    terminal.enqueue(keys: .char("o"))
    tracker.run()
    #expect(launches.argvs == [["xdg-open", "https://jica.example/call?x=1&y=2"]])
    #expect(terminal.clipboard.isEmpty)
    #expect(tracker.state.status?.text == Strings.tuiURLOpened("https://jica.example/call?x=1&y=2"))
    // Wayland counts as a display too; a launch that fails says why.
    let l2 = Launches()
    l2.failWith = "No such file or directory"
    let (t2, tr2, _) = try rig(environment: ["WAYLAND_DISPLAY": "wayland-0"], launches: l2)
    t2.enqueue(keys: .char("o"))
    tr2.run()
    #expect(l2.argvs.count == 1)
    #expect(tr2.state.status?.text == Strings.tuiURLOpenFailed("No such file or directory"))
    #expect(tr2.state.status?.kind == .error)
  }

  @Test func withoutADisplayNothingIsLaunchedAndTheLinkIsCopiedOnlyWhenEnabled() throws {
    let launches = Launches()
    let (terminal, tracker, _) = try rig(environment: [:], launches: launches)
    terminal.enqueue(keys: .char("o"))
    tracker.run()
    #expect(launches.argvs.isEmpty)
    #expect(terminal.clipboard.isEmpty)
    #expect(terminal.lastFrame?.links.map(\.url) == ["https://jica.example/call?x=1&y=2"])
    let (t2, tr2, _) = try rig(environment: ["DISPLAY": ""], launches: launches)
    tr2.state.configuration.clipboard = true
    t2.enqueue(keys: .char("o"))
    tr2.run()
    #expect(launches.argvs.isEmpty)
    #expect(t2.clipboard == ["https://jica.example/call?x=1&y=2"])
    #expect(tr2.state.status?.text == Strings.tuiURLCopied)
  }
}

/// The real opener starts a program detached (nothing it prints reaches the terminal) and
/// says why when it cannot start one; a harmless program stands in for the browser.
@Suite struct URLOpenerTests {
  @Test func theSystemOpenerStartsAProgramAndReportsAMissingOne() {
    #expect(URLOpener.system.launch(["true", "https://example.org"]) == nil)
    let why = URLOpener.system.launch(["convoca-no-such-opener-\(UInt32.random(in: 0...UInt32.max))", "x"])
    #expect(why != nil && why?.isEmpty == false)
  }

  @Test func aDisplayIsDISPLAYOrWAYLANDDISPLAYNotEmpty() {
    #expect(URLOpener.hasDisplay(["DISPLAY": ":0"]))
    #expect(URLOpener.hasDisplay(["WAYLAND_DISPLAY": "wayland-0"]))
    #expect(!URLOpener.hasDisplay(["DISPLAY": "", "WAYLAND_DISPLAY": ""]))
    #expect(!URLOpener.hasDisplay([:]))
    #expect(URLOpener.argv("https://a.org/?q=1;rm -rf") == ["xdg-open", "https://a.org/?q=1;rm -rf"])
  }
}
