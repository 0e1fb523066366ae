import ConvocaCore

extension Keymap {
  /// The header tabs: a key away on every screen.
  static var screens: [KeyBinding] {
    [
      KeyBinding([.char("1")], .showList, Strings.tuiKeyShowList),
      KeyBinding([.char("2")], .showBoard, Strings.tuiKeyShowBoard),
      KeyBinding([.char("3")], .showDashboard, Strings.tuiKeyShowDashboard),
      KeyBinding([.char("4")], .showStandup, Strings.tuiKeyShowStandup),
    ]
  }

  /// Saved views: `V` saves the filter, sort, columns and screen; `v` lists and applies them.
  static var savedViews: [KeyBinding] {
    [
      KeyBinding([.char("V")], .saveView, Strings.tuiKeySaveView, requires: .writable),
      KeyBinding([.char("v")], .views, Strings.tuiKeyViews),
      KeyBinding([.char(":")], .commandLine, Strings.tuiKeyCommandLine),
    ]
  }

  /// Team sync through git: `S` syncs (not on the standup, where `S` is its summary: sync
  /// from another screen), `W` lists what arrived.
  static func syncing() -> [KeyBinding] {
    [
      KeyBinding([.char("S")], .sync, Strings.tuiKeySync, requires: .writable),
      KeyBinding([.char("W")], .arrivals, Strings.tuiKeyArrivals),
    ]
  }

  /// What every screen shares after its own keys: the filter, saved views, undo, help, quit.
  static var screenCommon: [KeyBinding] {
    screens + [
      KeyBinding([.char("/")], .filter, Strings.tuiKeyFilter, footer: Strings.tuiHintFilter)
    ] + savedViews + syncing() + undoing + [
      KeyBinding([.char("?")], .help, Strings.tuiKeyHelp, footer: Strings.tuiHintHelp),
      KeyBinding([.char("q")], .quit, Strings.tuiKeyQuit, footer: Strings.tuiHintQuit),
    ]
  }
}
