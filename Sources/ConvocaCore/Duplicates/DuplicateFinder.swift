/// Finds records that look like the same call: on add (same normalised title and funder, or
/// the same URL) and across the whole store (`convoca duplicates`).
///
/// The store-wide search never compares every pair: records are grouped into blocks — the
/// same URL, the same title and funder, and each of a record's rarest title words — and
/// only records sharing a block are compared. A block larger than `blockCap` is split by
/// funder; still too large, it is skipped (its words are too common to say anything),
/// except the same-URL and same-title groups, whose members are each paired with the first.
/// Titles that both carry numbers (a year, a reference code) pair only when the numbers agree.
public enum DuplicateFinder {
  /// The pairs reported have at least this score.
  public static let threshold = 0.75
  /// Titles less alike than this are never a likely pair (unless the URL is the same).
  public static let minimumSimilarity = 0.8

  /// The records of `store` that `draft` (a record about to be added) likely duplicates:
  /// the same normalised title and funder, or the same normalised URL. Oldest first.
  public static func likelyDuplicates(of draft: Opportunity, in store: OpportunityStore) -> [Opportunity] {
    let title = DuplicateKey.text(draft.title)
    let funder = DuplicateKey.text(draft.funder)
    let url = DuplicateKey.url(draft.url)
    var out: [Opportunity] = []
    // Funders repeat: each distinct spelling is normalised once, and a title only when its
    // funder matches (saving a form over 100,000 calls must not normalise 100,000 titles).
    var funderMatches: [String: Bool] = [:]
    let rs = store.records
    for i in rs.indices where rs[i].id != draft.id {
      if !url.isEmpty, !rs[i].url.isEmpty, DuplicateKey.url(rs[i].url) == url {
        out.append(rs[i])
        continue
      }
      guard !title.isEmpty else { continue }
      let f = rs[i].funder
      let same: Bool
      if let known = funderMatches[f] {
        same = known
      } else {
        same = DuplicateKey.text(f) == funder
        funderMatches[f] = same
      }
      if same, DuplicateKey.text(rs[i].title) == title { out.append(rs[i]) }
    }
    return out.sorted { ($0.created, $0.id) < ($1.created, $1.id) }
  }

  /// Likely duplicate pairs in `store`, most likely first.
  public static func pairs(in store: OpportunityStore, blockCap: Int = 64) -> [DuplicatePair] {
    let records = store.records
    let n = records.count
    var keys: [Keys] = []
    keys.reserveCapacity(n)
    var wordIDs: [String: Int32] = [:]
    var frequency: [Int32] = []
    // Titles and funders repeat (a feed's calls, a funder's programmes): each distinct one is
    // normalised once.
    var titles: [String: Int32] = [:]
    var titleKeys: [(title: String, words: [Int32], numbers: [Int32])] = []
    // A raw funder spelling → its normalised text and id (spellings that normalise alike are
    // one funder).
    var funders: [String: (text: String, id: Int32)] = [:]
    var normalisedFunders: [String: Int32] = [:]
    var funderIDs: [Int32] = []
    funderIDs.reserveCapacity(n)
    // By position: `for o in records` would copy every record.
    for i in records.indices {
      let title = records[i].title
      let t: Int32
      if let known = titles[title] {
        t = known
      } else {
        let words = DuplicateKey.words(title)
        var ids: [Int32] = []
        var numbers: [Int32] = []
        ids.reserveCapacity(words.count)
        for w in words {
          let id: Int32
          if let known = wordIDs[w] {
            id = known
          } else {
            id = Int32(frequency.count)
            wordIDs[w] = id
            frequency.append(0)
          }
          if !ids.contains(id) {
            ids.append(id)
            if w.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) { numbers.append(id) }
          }
        }
        t = Int32(titleKeys.count)
        titles[title] = t
        titleKeys.append((words.joined(separator: " "), ids, numbers.sorted()))
      }
      let rawFunder = records[i].funder
      let funder: (text: String, id: Int32)
      if let known = funders[rawFunder] {
        funder = known
      } else {
        let text = DuplicateKey.text(rawFunder)
        let id = normalisedFunders[text] ?? Int32(normalisedFunders.count)
        normalisedFunders[text] = id
        funder = (text, id)
        funders[rawFunder] = funder
      }
      funderIDs.append(funder.id)
      let tk = titleKeys[Int(t)]
      for w in tk.words { frequency[Int(w)] += 1 }
      let url = records[i].url
      keys.append(
        Keys(
          title: tk.title, funder: funder.text, url: url.isEmpty ? "" : DuplicateKey.url(url),
          words: tk.words, numbers: tk.numbers, titleID: t))
    }
    var finder = Comparer(records: records, keys: keys)
    // Exact groups: the same URL; the same title and funder. Most keys are unique: a key's
    // first record is remembered, and a group is made only when a second one comes.
    var firstByURL: [String: Int] = [:]
    var firstByTitle: [UInt64: Int] = [:]
    var groups: [Int: [Int]] = [:]
    var urlGroups: [Int: [Int]] = [:]
    for i in 0..<n {
      if !keys[i].url.isEmpty {
        if let f = firstByURL[keys[i].url] {
          urlGroups[f, default: [f]].append(i)
        } else {
          firstByURL[keys[i].url] = i
        }
      }
      if !keys[i].title.isEmpty {
        let key = UInt64(UInt32(keys[i].titleID)) << 32 | UInt64(UInt32(funderIDs[i]))
        if let f = firstByTitle[key] {
          groups[f, default: [f]].append(i)
        } else {
          firstByTitle[key] = i
        }
      }
    }
    for group in urlGroups.values { finder.compare(group, cap: blockCap, star: true) }
    for group in groups.values { finder.compare(group, cap: blockCap, star: true) }

    // Near matches: records sharing one of their three rarest words (seen at least twice).
    var blocks: [Int32: [Int]] = [:]
    for i in 0..<n {
      let rare = keys[i].words.filter { frequency[Int($0)] > 1 }
        .sorted { (frequency[Int($0)], $0) < (frequency[Int($1)], $1) }.prefix(3)
      for w in rare { blocks[w, default: []].append(i) }
    }
    for block in blocks.values where block.count > 1 {
      if block.count <= blockCap {
        finder.compare(block, cap: blockCap, star: false)
        continue
      }
      var byFunder: [Int32: [Int]] = [:]
      for i in block { byFunder[funderIDs[i], default: []].append(i) }
      for sub in byFunder.values where sub.count > 1 && sub.count <= blockCap {
        finder.compare(sub, cap: blockCap, star: false)
      }
    }
    // Most likely first, then by ids: sorted on packed integer keys (comparing id strings
    // for hundreds of thousands of pairs costs seconds).
    let order = finder.found.indices.map { k in
      let p = finder.found[k]
      return (score: -Int((p.score * 1_000_000).rounded()), a: pack(p.first), b: pack(p.second), k: k)
    }.sorted { ($0.score, $0.a, $0.b) < ($1.score, $1.a, $1.b) }
    return order.map { finder.found[$0.k] }
  }

  /// An id as an integer that sorts as the id does (at most 8 ASCII characters).
  static func pack(_ id: OpportunityID) -> UInt64 {
    var v: UInt64 = 0
    var n = 0
    for b in id.rawValue.utf8.prefix(8) {
      v = v << 8 | UInt64(b)
      n += 1
    }
    return v << (8 * UInt64(8 - n))
  }

  /// What a record is compared by.
  struct Keys {
    var title: String
    var funder: String
    var url: String
    var words: [Int32]
    /// The words with a digit (years, reference codes), sorted.
    var numbers: [Int32]
    /// The distinct title this is (records with the same title share it).
    var titleID: Int32
  }

  /// Compares records, remembering the pairs already seen and those found.
  struct Comparer {
    /// What scoring reads of each record (not the whole record: copying it costs).
    let facts: [Facts]
    let keys: [Keys]
    /// Bigrams by distinct title, made when first needed.
    var bigrams: [Int32: [UInt32]] = [:]
    var seen = Set<UInt64>()
    var found: [DuplicatePair] = []

    init(records: [Opportunity], keys: [Keys]) {
      facts = records.map { Facts(id: $0.id, created: $0.created, deadline: $0.deadline) }
      self.keys = keys
    }

    /// Compares every pair of `group` (or, when it is larger than `cap` and `star` is set,
    /// each member with the first only; larger and not `star`: nothing).
    mutating func compare(_ group: [Int], cap: Int, star: Bool) {
      if group.count <= cap {
        for a in 0..<group.count {
          for b in a + 1..<group.count { check(group[a], group[b]) }
        }
      } else if star {
        for b in group.dropFirst() { check(group[0], b) }
      }
    }

    mutating func grams(_ i: Int) -> [UInt32] {
      let t = keys[i].titleID
      if let g = bigrams[t] { return g }
      let g = DuplicateKey.bigrams(keys[i].title)
      bigrams[t] = g
      return g
    }

    mutating func check(_ i: Int, _ j: Int) {
      let key = UInt64(min(i, j)) << 32 | UInt64(max(i, j))
      guard seen.insert(key).inserted else { return }
      if let p = DuplicateFinder.score(
        facts[i], facts[j], keys[i], keys[j], similarity: { DuplicateKey.similarity(grams(i), grams(j)) })
      {
        found.append(p)
      }
    }
  }

  /// What scoring a pair reads of a record.
  struct Facts {
    var id: OpportunityID
    var created: Timestamp
    var deadline: CalendarDate?
  }

  /// The pair `a`–`b` when it is a likely duplicate.
  static func score(
    _ a: Facts, _ b: Facts, _ ka: Keys, _ kb: Keys, similarity: () -> Double
  ) -> DuplicatePair? {
    let (first, second) = (a.created, a.id) <= (b.created, b.id) ? (a, b) : (b, a)
    let sameURL = !ka.url.isEmpty && ka.url == kb.url
    let named = !ka.funder.isEmpty && !kb.funder.isEmpty
    let sameFunder = named && ka.funder == kb.funder
    var days: Int?
    if let x = a.deadline, let y = b.deadline { days = abs(x.days(until: y)) }
    if !sameURL && named && !sameFunder { return nil }
    let sim = ka.titleID == kb.titleID || ka.title == kb.title ? 1 : similarity()
    if sameURL {
      return DuplicatePair(
        first: first.id, second: second.id, score: 1, sameURL: true, sameFunder: sameFunder,
        titleSimilarity: sim, deadlineDays: days)
    }
    guard sim >= minimumSimilarity else { return nil }
    // Titles naming different years or reference codes are different calls (or editions).
    if !ka.numbers.isEmpty && !kb.numbers.isEmpty && ka.numbers != kb.numbers { return nil }
    let funderPart = sameFunder ? 1.0 : 0.5
    let deadlinePart = days.map { max(0, 1 - Double($0) / 90) } ?? 0.5
    let score = 0.8 * sim + 0.1 * funderPart + 0.1 * deadlinePart
    guard score >= threshold else { return nil }
    return DuplicatePair(
      first: first.id, second: second.id, score: min(score, 0.99), sameURL: false, sameFunder: sameFunder,
      titleSimilarity: sim, deadlineDays: days)
  }
}
