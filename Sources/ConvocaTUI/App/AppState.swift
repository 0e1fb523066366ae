import ConvocaCore

/// Everything the screen depends on, as one value. The opportunities themselves are not
/// here: views and the reducer read them through `AppData`.
public struct AppState: Sendable {
  // MARK: - Types

  /// The tracker's screens (header tabs `1 List  2 Board  3 Dashboard  4 Standup`).
  public enum Screen: String, Hashable, Sendable, CaseIterable {
    case list, board, dashboard, standup
  }

  /// The selected row: its id (stable) and where it was last seen (for when it goes away).
  public struct Selection: Hashable, Sendable {
    /// The selected opportunity.
    public var id: OpportunityID
    /// Its row in `rows`.
    public var index: Int
  }

  /// A message in the status line.
  public struct StatusMessage: Hashable, Sendable {
    /// Information or a refusal / error.
    public enum Kind: Hashable, Sendable { case info, error }
    /// The text.
    public var text: String
    /// Information or error.
    public var kind: Kind
    /// The tick after which it disappears.
    public var expires: Int
    /// A URL shown after the text as a hyperlink (OSC 8), already checked by `CallURL`.
    public var link: String? = nil
  }

  /// What the status line says about the file.
  public enum FileStatus: Hashable, Sendable {
    /// Everything is saved.
    case saved
    /// Writing is impossible.
    case readOnly(String)
    /// Others' changes were taken in.
    case reloaded(changed: Int)
    /// An edit is in memory only: the last save failed for this reason (retried every tick).
    case unsaved(String)
  }

  // MARK: - State

  /// The current screen.
  public var screen: Screen = .list
  /// What the keyboard is doing.
  public var mode: Mode = .normal
  /// The board's cursor, scrolls and folded columns.
  public var board = BoardState()
  /// The dashboard's period and selected figure.
  public var dashboard = DashboardState()
  /// The standup walk: whose turn, since when, timers.
  public var standup = StandupState()
  /// The filter in force (always one that parses).
  public var filterText = ""
  /// The parsed filter.
  public var query: Query = .all
  /// The opportunities shown, in order.
  public var rows: [OpportunityID] = []
  /// The selected row, if any.
  public var selection: Selection?
  /// The first row shown.
  public var scroll = 0
  /// Marked opportunities (moves and notes apply to the visible ones; cleared after).
  public var marks: Set<OpportunityID> = []
  /// The list's sort.
  public var sort: SortOrder
  /// The list's columns, in order (remembered per data file); nil: the standard ones.
  public var columns: [ListTable.Column]?
  /// Earlier filters, oldest first.
  public var filterHistory: [String]
  /// The filters used in this session, oldest first (what a settings save merges in).
  public var sessionFilters: [String] = []
  /// The `:` commands run in this session, oldest first (↑/↓ on the command line).
  public var commandHistory: [String] = []
  /// The status line's message.
  public var status: StatusMessage?
  /// The file's state.
  public var fileStatus: FileStatus = .saved
  /// Team sync through git: in git or not, the last sync, whether one runs now.
  public var sync = SyncDisplay()
  /// Terminal width in cells.
  public var width: Int
  /// Terminal height in cells.
  public var height: Int
  /// Today, for deadlines and relative dates.
  public var today: CalendarDate
  /// Seconds east of UTC, for dates of timestamps.
  public var utcOffset: Int
  /// User name, vocabulary, currency.
  public var configuration: Configuration
  /// The language the tracker speaks: `Tracker` reduces and renders with it in force.
  public var language: Language = .en
  /// The store in the current sort, kept between keystrokes (shared by copies of the state).
  public let sortCache = SortCache()
  /// What the last queries matched, so typing a filter narrows instead of scanning again
  /// (shared by copies of the state).
  public let filterCache = FilterCache()
  /// The data's owner, funder, program, country and tag values for Tab completion, built
  /// once per store revision (shared by copies of the state).
  public let valueCache = ValueIndexCache()
  /// Ticks seen so far (status messages expire by it).
  public var ticks = 0
  /// A new opportunity to select once its save is confirmed.
  public internal(set) var pendingSelection: OpportunityID?
  /// State of the random generator for new ids (kept here so `reduce` stays a function).
  var randomState: UInt64

  /// The smallest usable terminal.
  public static let minimumWidth = 60
  /// The smallest usable terminal.
  public static let minimumHeight = 15
  /// How many ticks a status message stays.
  public static let messageTicks = 8

  // MARK: - Creating

  /// The state of a freshly opened tracker.
  /// - Parameters:
  ///   - configuration: user name, vocabulary, default currency.
  ///   - today: the local date.
  ///   - width, height: the terminal's size.
  ///   - settings: the remembered filter history and sort.
  ///   - data: the file's contents, to fill the list.
  ///   - utcOffset: the local offset from UTC in seconds.
  ///   - seed: seeds the generator of new ids (tests pass a fixed one).
  public init(
    configuration: Configuration, today: CalendarDate, width: Int, height: Int,
    settings: UISettings = UISettings(),
    data: AppData, utcOffset: Int = 0, seed: UInt64 = UInt64.random(in: 1...UInt64.max)
  ) {
    self.configuration = configuration
    self.today = today
    self.width = width
    self.height = height
    self.sort = settings.sort
    self.columns = settings.columns
    self.filterHistory = settings.filterHistory
    self.utcOffset = utcOffset
    self.randomState = seed
    if let why = data.readOnlyReason ?? (data.isReadOnly ? Strings.tuiReadOnlyUnknown : nil) {
      fileStatus = .readOnly(why)
    }
    Reducer.refreshRows(&self, data: data)
  }

  // MARK: - Derived

  /// Whether the terminal is too small to draw the tracker.
  public var isTooSmall: Bool { width < AppState.minimumWidth || height < AppState.minimumHeight }

  /// The settings to remember.
  public var settings: UISettings {
    UISettings(filterHistory: filterHistory, sort: sort, sessionFilters: sessionFilters, columns: columns)
  }

  /// The query context for today.
  public var queryContext: QueryContext {
    QueryContext(
      today: today, staleDays: configuration.staleDays, utcOffset: utcOffset, user: configuration.user)
  }

  /// The keymap in force: the mode's, or in normal mode the screen's.
  public var keymapContext: KeymapContext {
    guard case .normal = mode else { return mode.keymapContext }
    switch screen {
    case .list: return .list
    case .board: return .board
    case .dashboard: return .dashboard
    case .standup: return .standup
    }
  }

  /// The screen's regions.
  public var layout: Layout { Layout(width: width, height: height) }
}
