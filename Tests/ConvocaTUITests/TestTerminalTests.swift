import ConvocaTestSupport
import Testing

@testable import ConvocaTUI

@Suite struct TestTerminalTests {
  @Test func deliversScriptedEventsThenEnd() {
    let t = TestTerminal(width: 20, height: 5, events: [.tick])
    t.enqueue(keys: .down, .enter)
    t.type("ab")
    let events = (0..<6).map { _ in t.nextEvent(timeoutMilliseconds: 500) }
    #expect(events == [.tick, .key(.down), .key(.enter), .key(.char("a")), .key(.char("b")), .end])
    #expect(t.requestedTimeouts == Array(repeating: 500, count: 6))
  }

  @Test func recordsEveryFrame() {
    let t = TestTerminal(width: 4, height: 1)
    var c = Canvas(width: 4, height: 1)
    t.present(c)
    c.write("hi", x: 0, y: 0)
    t.present(c)
    #expect(t.frames.count == 2)
    #expect(t.frames.map(\.lines) == [[""], ["hi"]])
    #expect(t.lastFrame == c)
  }

  @Test func resizeEventChangesTheSize() {
    let t = TestTerminal(width: 80, height: 24, events: [.resize(width: 100, height: 30)])
    #expect(t.nextEvent(timeoutMilliseconds: 0) == .resize(width: 100, height: 30))
    #expect(t.size == (100, 30))
  }

  @Test func suspendResumeAndShutdownAreCounted() {
    let t = TestTerminal(events: [.tick])
    t.suspend()
    #expect(t.isSuspended)
    t.resume()
    #expect(!t.isSuspended)
    #expect((t.suspendCount, t.resumeCount) == (1, 1))
    t.shutdown()
    t.shutdown()
    #expect(t.isShutDown)
    #expect(t.nextEvent(timeoutMilliseconds: 10) == .end)
    #expect(!t.presentedAfterShutdown)
    t.present(Canvas(width: 1, height: 1))
    #expect(t.presentedAfterShutdown)
  }
}
