/// Text as the terminal shows it. Everything Convoca prints — CLI tables and the TUI canvas —
/// goes through `sanitize(_:keepNewlines:)` first and is laid out in terminal *cells*
/// (`width(_:)`, `truncate(_:toWidth:ellipsis:)`, `pad(_:toWidth:alignRight:)`,
/// `wrap(_:width:)`), never in `String.count`.
///
/// Pure functions only: no terminal, no libc `wcwidth`; widths come from
/// `Unicode.Scalar.Properties` and the range table in `CellWidthTable.swift`.
///
/// ## Marks used by the sanitiser
///
/// | Input                                                  | Shown as                         |
/// |--------------------------------------------------------|----------------------------------|
/// | C0 control U+0000–U+001F (not TAB, not kept LF)         | Control Picture U+2400+code: ␀ … ␛ (ESC) … ␟ |
/// | TAB U+0009                                              | one space                        |
/// | LF U+000A                                               | kept with `keepNewlines`, else ␊  |
/// | CR LF pair, with `keepNewlines`                         | a single LF                      |
/// | DEL U+007F                                              | ␡ U+2421                         |
/// | C1 control U+0080–U+009F                                | � U+FFFD                         |
/// | Bidi controls (LRE RLE PDF LRO RLO LRI RLI FSI PDI LRM RLM ALM) | short tag: ⟨RLO⟩, ⟨LRM⟩, …  |
/// | Line / paragraph separator U+2028, U+2029               | ⟨LS⟩, ⟨PS⟩                        |
/// | Deprecated format controls U+206A–U+206F, interlinear annotation U+FFF9–U+FFFB | � U+FFFD |
/// | Skin-tone modifier U+1F3FB–U+1F3FF not right after an emoji it modifies | dropped (◌ if alone) |
/// | Combining mark, variation selector or joiner with no base (start of text, after a control) | put on ◌ U+25CC |
/// | More than `maxCombiningMarks` marks / `maxClusterScalars` scalars in one cluster | excess dropped |
///
/// Every mark is itself printable and inert. Single marks are one cell wide; tags are a few
/// cells (they name the bidi trick so a reader can see it). A grapheme cluster keeps at most
/// `maxCombiningMarks` combining marks and `maxClusterScalars` scalars; the excess is dropped.
public enum TerminalText {
  /// Most combining marks (general category Mn or Me, other than viramas and variation
  /// selectors) one grapheme cluster keeps; more would let "Zalgo" text paint over nearby rows.
  public static let maxCombiningMarks = 4

  /// Most Unicode scalars one grapheme cluster keeps. The longest emoji sequences in common use
  /// (kiss with two skin tones, subdivision flags) have 10; longer clusters are cut.
  public static let maxClusterScalars = 12

  /// The mark shown for a C1 control and for other invisible format controls without a tag.
  public static let replacementMark: Unicode.Scalar = "\u{FFFD}"

  /// The base put under combining marks that have none, so they cannot join the cell before.
  public static let orphanBase: Unicode.Scalar = "\u{25CC}"

  /// The mark shown for DEL (U+007F).
  public static let deleteMark: Unicode.Scalar = "\u{2421}"
}
