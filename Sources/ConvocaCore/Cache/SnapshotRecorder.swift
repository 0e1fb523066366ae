/// Watches a full read of a data file and keeps what a snapshot cache needs: the fingerprint
/// of the bytes up to the end of the snapshot part (the header, team lines and records before
/// the first journal line), the state the parser had reached there, and the team lines.
/// `DataFileParser.load` feeds it; `Database` writes the cache from it.
final class SnapshotRecorder {
  /// Fewer records than this are not worth a cache (they read in milliseconds anyway).
  let minimumRecords: Int
  private(set) var hasher = FingerprintHasher()
  /// The file's first bytes (up to `ParsedFile.anchorLength`).
  private(set) var head: [UInt8] = []
  /// Bytes fed so far.
  private(set) var fed = 0
  /// Where the snapshot part ends, once it is known.
  private(set) var end: Int?
  private(set) var lineCount = 0
  private(set) var version = 0
  /// The encoded state at `end` (nil when the file is not worth a cache).
  private(set) var payload: [UInt8]?
  /// The team lines of the snapshot part, as written.
  var teamLines: [[UInt8]] = []

  init(minimumRecords: Int) { self.minimumRecords = minimumRecords }

  /// Takes in the next bytes of the file, up to the end of the snapshot part when known.
  func feed(_ bytes: ArraySlice<UInt8>) {
    var slice = bytes
    if let end { slice = slice.prefix(max(0, end - fed)) }
    guard !slice.isEmpty else { return }
    if head.count < ParsedFile.anchorLength { head += slice.prefix(ParsedFile.anchorLength - head.count) }
    hasher.update(slice)
    fed += slice.count
  }

  /// The snapshot part ends here: `result` is the state the parser reached.
  func capture(_ result: ParsedFile) {
    guard end == nil else { return }
    end = result.goodLength
    lineCount = result.lineCount
    version = result.version ?? 0
    guard result.version != nil, result.store.count >= minimumRecords else { return }
    payload = SnapshotPayload.encode(result.store, teamLines: teamLines)
  }
}
