import ConvocaTUI

/// A terminal for tests: events come from a script, frames are recorded, nothing is drawn.
/// When the script runs out, `nextEvent` reports `.end`, so an app loop under test stops.
public final class TestTerminal: Terminal {
  /// The size reported to the app; a scripted `.resize` changes it as it is delivered.
  public var size: (width: Int, height: Int)
  /// Events still to deliver, first first.
  public var pendingEvents: [TerminalEvent]
  /// Every canvas presented, in order.
  public private(set) var frames: [Canvas] = []
  /// The timeout of every `nextEvent` call, in order.
  public private(set) var requestedTimeouts: [Int] = []
  /// How often `suspend()` / `resume()` were called.
  public private(set) var suspendCount = 0
  public private(set) var resumeCount = 0
  /// True while suspended (between `suspend()` and `resume()`).
  public private(set) var isSuspended = false
  /// True once `shutdown()` was called.
  public private(set) var isShutDown = false
  /// True if a frame was presented after `shutdown()` (a bug in the loop under test).
  public private(set) var presentedAfterShutdown = false

  /// A `width` × `height` terminal that will deliver `events`.
  public init(width: Int = 80, height: Int = 24, events: [TerminalEvent] = []) {
    size = (width, height)
    pendingEvents = events
  }

  /// The last frame presented.
  public var lastFrame: Canvas? { frames.last }

  /// Appends events to the script.
  public func enqueue(_ events: TerminalEvent...) { pendingEvents += events }

  /// Appends key events to the script.
  public func enqueue(keys: Key...) { pendingEvents += keys.map(TerminalEvent.key) }

  /// Appends one `.char` key event per character of `text`.
  public func type(_ text: String) { pendingEvents += text.map { .key(.char($0)) } }

  public func present(_ canvas: Canvas) {
    if isShutDown { presentedAfterShutdown = true }
    frames.append(canvas)
  }

  public func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent {
    requestedTimeouts.append(timeoutMilliseconds)
    guard !isShutDown, !pendingEvents.isEmpty else { return .end }
    let event = pendingEvents.removeFirst()
    if case .resize(let width, let height) = event { size = (width, height) }
    return event
  }

  public func suspend() {
    suspendCount += 1
    isSuspended = true
  }

  public func resume() {
    resumeCount += 1
    isSuspended = false
  }

  public func shutdown() { isShutDown = true }

  /// Every text put on the clipboard, in order.
  public private(set) var clipboard: [String] = []

  public func copyToClipboard(_ text: String) { clipboard.append(text) }
}
