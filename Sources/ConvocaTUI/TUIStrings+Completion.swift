import ConvocaCore

// MARK: - Tab completion of values from the data

extension Strings {
  static var tuiKeyFormComplete: String {
    t(
      "tui.key.formComplete",
      "complete the owner, funder, program, country or last tag from the data (again: the next one); otherwise the next field"
    )
  }
}
