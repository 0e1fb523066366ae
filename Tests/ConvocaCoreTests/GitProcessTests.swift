import Testing

/// The suites that start git (and the merge driver) as processes, one at a time: Foundation's
/// `Process` on Linux has known races when many are started at once from several threads
/// (swift-corelibs-foundation issues 4772, 4795, 4810), and one full run of the suite crashed
/// inside `Process.run` while these suites ran side by side.
@Suite(.serialized) enum GitProcessTests {}
