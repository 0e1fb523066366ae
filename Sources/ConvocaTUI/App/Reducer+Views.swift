import ConvocaCore

extension Reducer {
  // MARK: - Saved views

  /// `v`: the saved views with how many calls each matches now; nothing to list says so.
  static func showViews(_ state: inout AppState, data: AppData) {
    let team = data.store.team
    guard !team.views.isEmpty else {
      state.inform(Strings.tuiNoViews)
      return
    }
    let counts = team.viewCounts(
      in: data.store, context: state.queryContext, vocabulary: state.configuration.vocabulary)
    let items = team.sortedViews.map {
      MenuState.Item.view(name: $0.name, query: $0.query, count: counts[$0.key])
    }
    // The view whose query is the filter in force starts selected, and is marked.
    let current = items.first { item in
      if case .view(_, let q, _) = item { return q == state.filterText && !q.isEmpty }
      return false
    }
    state.mode = .menu(
      MenuState(
        purpose: .views(removing: nil), items: items, selected: current.flatMap(items.firstIndex(of:)) ?? 0,
        current: current
      ))
  }

  /// `x` / `d` in the views: asks to remove the selected view, and removes it when pressed
  /// again; any other key takes the question back and does what it does. Nil: not handled.
  static func viewsMenuKey(_ state: inout AppState, _ m: inout MenuState, _ k: Key, data: AppData)
    -> [Effect]?
  {
    guard case .views(let removing) = m.purpose else { return nil }
    guard let b = Keymap.binding(for: k, in: .menu), b.command == .delete else {
      if removing != nil { m.purpose = .views(removing: nil) }
      return nil
    }
    if let why = Keymap.disabledReason(b, state: state, data: data) {
      state.fail(why)
      return []
    }
    guard m.items.indices.contains(m.selected), case .view(let name, _, _) = m.items[m.selected] else {
      return []
    }
    guard removing == name else {
      m.purpose = .views(removing: name)
      state.mode = .menu(m)
      return []
    }
    state.mode = .normal
    return [.perform([.team(.view(name, nil))], description: Strings.tuiViewRemoved(name))]
  }

  /// Enter on a view: its query becomes the filter, its sort, columns and screen are taken
  /// (those it does not name stay as they are), and the rows follow.
  static func applyView(_ state: inout AppState, named name: String, data: AppData) -> [Effect] {
    guard let v = data.store.team.view(named: name) else {
      state.fail(Strings.tuiViewGone(name))
      return []
    }
    let r: ResolvedView
    do throws(SavedViewError) { r = try v.resolve(vocabulary: state.configuration.vocabulary) } catch {
      state.fail(error.message)
      return []
    }
    state.filterText = v.query
    state.query = r.query
    if let s = r.sort { state.sort = s }
    if let c = r.columns { state.columns = c == ListTable.displayOrder ? nil : c }
    if let s = v.screen.flatMap(AppState.Screen.init(rawValue:)) { state.screen = s }
    state.marks.removeAll()
    refreshRows(&state, data: data)
    select(&state, 0)
    state.scroll = 0
    enterScreen(&state, data: data)
    state.inform(Strings.tuiViewApplied(v.name, state.rows.count))
    var effects = remember(&state, v.query)
    if effects.isEmpty { effects = [.saveSettings(state.settings)] }
    return effects
  }

  /// Enter in the `V` prompt: saves the view, asking first (a second Enter) before replacing
  /// one of the same name.
  static func answerSaveView(
    _ state: inout AppState, _ p: PromptState, _ name: String, replacing: String?, data: AppData
  ) -> [Effect] {
    var p = p
    let view: SavedView
    do throws(SavedViewError) {
      view = try SavedView.make(
        name: name, query: state.filterText, sort: state.sort.description,
        columns: state.columns.map { $0.map(\.name).joined(separator: ",") }, screen: state.screen.rawValue,
        vocabulary: state.configuration.vocabulary)
    } catch {
      p.error = error.message
      state.mode = .prompt(p)
      return []
    }
    if let old = data.store.team.view(named: view.name),
      replacing.map({ SavedView(name: $0, query: "").key }) != view.key
    {
      p.error = Strings.tuiViewExists(old.name)
      p.purpose = .saveView(replacing: view.name)
      state.mode = .prompt(p)
      return []
    }
    state.mode = .normal
    return [.perform([.team(.view(view.name, view))], description: Strings.tuiViewSaved(view.name))]
  }
}
