import ConvocaCore

extension Reducer {
  /// `S`, or the auto-sync timer (`auto`): asks the app loop to sync, which shows
  /// "syncing…" while git runs. Refused (by `S` only) outside a git work tree, while a sync
  /// runs, or when the file is read-only.
  static func startSync(_ state: inout AppState, auto: Bool, data: AppData) -> [Effect] {
    guard state.sync.inGit else {
      if !auto { state.fail(Strings.tuiSyncNotInGit) }
      return []
    }
    guard !state.sync.syncing else {
      if !auto { state.inform(Strings.tuiSyncing) }
      return []
    }
    if let why = data.readOnlyReason {
      if !auto { state.fail(Strings.tuiReadOnly(why)) }
      return []
    }
    state.sync.syncing = true
    return [.sync]
  }

  /// What the app loop says about sync.
  static func syncEvent(_ state: inout AppState, _ e: SyncEvent, data: AppData) -> [Effect] {
    switch e {
    case .due:
      return startSync(&state, auto: true, data: data)
    case .clock(let now):
      state.sync.now = now
    case .stateRead(let s):
      // Only a newer one: the tracker's own sync already shows.
      guard s.at != state.sync.last?.at || state.sync.last == nil else { return [] }
      state.sync.last = s
      if !s.arrived.isEmpty { state.inform(Strings.tuiSyncArrived(s.arrived.count)) }
    case .finished(let r):
      state.sync.syncing = false
      state.sync.last = SyncState(r, failed: false)
      state.sync.now = r.at
      takeInSynced(&state, r, data: data)
      let lines = r.lines
      if !r.arrived.isEmpty {
        state.inform(lines.joined(separator: " · ") + " — " + Strings.tuiSyncArrived(r.arrived.count))
      } else {
        state.inform(lines.joined(separator: " · "))
      }
    case .failed(let why, let r):
      state.sync.syncing = false
      if let r {
        state.sync.last = SyncState(r, failed: true)
        takeInSynced(&state, r, data: data)
      }
      state.fail(why)
    }
    return []
  }

  /// The store may have taken in the merged file: the rows follow.
  static func takeInSynced(_ state: inout AppState, _ r: SyncReport, data: AppData) {
    refreshRows(&state, data: data)
    state.fileStatus = fileStatus(state, data: data, otherwise: .saved)
    noticeExternal(&state, Set(r.arrived.flatMap(\.changes.ids)), data: data)
    enterScreen(&state, data: data)
  }

  /// `W`: what arrived at the last sync, one line per person; Enter filters to their calls.
  static func showArrivals(_ state: inout AppState) {
    let arrived = state.sync.arrived
    guard !arrived.isEmpty else {
      state.inform(state.sync.inGit ? Strings.tuiSyncNothingArrived : Strings.tuiSyncNotInGit)
      return
    }
    let items = arrived.map {
      MenuState.Item.arrival(person: $0.person, text: $0.changes.text(), ids: $0.changes.ids)
    }
    state.mode = .menu(MenuState(purpose: .arrivals, items: items, selected: 0, current: nil))
  }

  /// Enter on a person in `W`: the list, filtered to the calls they changed (`id=a,b,c`).
  static func filterToArrival(_ state: inout AppState, _ ids: [OpportunityID], data: AppData) -> [Effect] {
    let present = ids.filter { data.store[$0] != nil }
    guard !present.isEmpty else {
      state.inform(Strings.tuiSyncArrivalGone)
      return []
    }
    let text = "id=" + present.map(\.rawValue).joined(separator: ",")
    let q: Query
    do { q = try Query.parse(text, vocabulary: state.configuration.vocabulary) } catch {
      state.fail(error.message)
      return []
    }
    state.filterText = text
    state.query = q
    state.screen = .list
    state.marks.removeAll()
    refreshRows(&state, data: data)
    select(&state, 0)
    state.scroll = 0
    return remember(&state, text)
  }
}

extension Strings {
  static var tuiKeySync: String { t("tui.key.sync", "sync with the team through git (convoca sync)") }
  static var tuiKeyArrivals: String { t("tui.key.arrivals", "what arrived at the last sync, by person") }
  static var tuiSyncing: String { t("tui.sync.syncing", "syncing…") }
  static var tuiSyncNever: String { t("tui.sync.never", "never synced") }
  static func tuiSyncedAgo(_ ago: String) -> String { t("tui.sync.ago", "synced {0}", ago) }
  static var tuiSyncJustNow: String { t("tui.sync.justNow", "just now") }
  static func tuiSyncMinutesAgo(_ n: Int) -> String { t("tui.sync.minutes", "{0} min ago", String(n)) }
  static func tuiSyncHoursAgo(_ n: Int) -> String { t("tui.sync.hours", "{0} h ago", String(n)) }
  static func tuiSyncDaysAgo(_ n: Int) -> String { t("tui.sync.days", "{0} days ago", String(n)) }
  static var tuiSyncOffline: String { t("tui.sync.offline", "offline") }
  static var tuiSyncFailed: String { t("tui.sync.failed", "sync failed") }
  static var tuiSyncNotInGit: String {
    t(
      "tui.sync.notInGit",
      "this data file is not in a git work tree: start a team with convoca init --git REMOTE, or join one with convoca clone REMOTE"
    )
  }
  static func tuiSyncArrived(_ people: Int) -> String {
    t("tui.sync.arrived", "W shows what arrived ({0} people)", String(people))
  }
  static var tuiSyncNothingArrived: String {
    t("tui.sync.nothingArrived", "nothing arrived at the last sync")
  }
  static var tuiSyncArrivalGone: String {
    t("tui.sync.arrivalGone", "those calls are no longer in the file")
  }
  static var tuiMenuArrivals: String { t("tui.menu.arrivals", "What arrived (Enter: their calls)") }
}
