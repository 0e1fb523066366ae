extension Database {
  /// Reads the file up to `size`: its snapshot part from the cache when the cache matches
  /// the file, the rest (journal lines) from the file; or the whole file, writing a new cache
  /// afterwards when the file is worth one.
  func read(upTo size: Int) throws(IOError) -> ParsedFile {
    openedFromCache = false
    guard let cache else { return try DataFileParser.load(path, fileSystem: fs, upTo: size) }
    if let start = cache.read(dataPath: path, size: size, fileSystem: fs) {
      openedFromCache = true
      return try DataFileParser.load(path, fileSystem: fs, from: start.goodLength, upTo: size, into: start)
    }
    let recorder = SnapshotRecorder(minimumRecords: cache.minimumRecords)
    let result = try DataFileParser.load(path, fileSystem: fs, upTo: size, recorder: recorder)
    guard result.problem == nil else { return result }
    if recorder.end == nil {
      // No journal line: the snapshot part is everything read, unless the last line had no
      // newline (read by itself, after the bytes fed to the recorder).
      guard !result.endsWithoutNewline, recorder.fed == result.goodLength else { return result }
      recorder.capture(result)
    }
    cache.write(recorder, dataPath: path, fileSystem: fs)
    return result
  }
}
