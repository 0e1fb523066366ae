import Testing

@testable import ConvocaCore

/// Only http, https and mailto URLs without control, invisible or space characters are
/// opened or shown as links.
@Suite struct CallURLTests {
  @Test func safeURLsAreOpenable() {
    #expect(
      CallURL.check("  https://example.org/call?a=1&b=2 ") == .openable("https://example.org/call?a=1&b=2"))
    #expect(CallURL.check("HTTP://example.org") == .openable("HTTP://example.org"))
    #expect(CallURL.check("mailto:ncp@example.org") == .openable("mailto:ncp@example.org"))
    #expect(CallURL.check("https://exämple.org/ñ") == .openable("https://exämple.org/ñ"))
    #expect(CallURL.check("") == .missing)
    #expect(CallURL.check(" \n") == .missing)
  }

  @Test(arguments: [
    "https://evil.org/\u{1b}]52;c;ZXZpbA==\u{07}", "https://a.org/\u{07}", "https://a.org/\u{9b}31m",
    "https://a.org/x\ny", "https://a.org/x y", "https://a.org/\u{202e}gpj.exe", "javascript:alert(1)",
    "file:///etc/passwd", "example.org", "https:/x", "https:///x", "mailto:", "-oProxyCommand=x",
    "https://a.org/\u{1b}[2J",
  ])
  func hostileURLsAreRefused(_ url: String) {
    guard case .refused(let why) = CallURL.check(url) else {
      Issue.record("accepted \(url.debugDescription)")
      return
    }
    #expect(!why.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
  }
}
