/// What a query is evaluated against besides the records: the day it is, the local time
/// zone and who "me" is. The query code never reads the clock; the caller passes `LocalClock.today()`.
public struct QueryContext: Hashable, Sendable {
  /// The day relative dates (`due<30d`, `due:week`, `is:overdue`) count from.
  public var today: CalendarDate
  /// An open opportunity untouched for more than this many days is stale.
  public var staleDays: Int
  /// Seconds east of UTC, used to turn `created`/`updated` timestamps into local dates.
  public var utcOffset: Int
  /// The configured user's name, which `owner:me` stands for; empty when none is known
  /// (then `owner:me` matches nothing).
  public var user: String
  /// Converts amounts to the reporting currency for `amount>…` and `awarded>…`; nil: the
  /// store's own rates (`OpportunityStore.filter` fills it in).
  public var money: MoneyConverter?

  /// Creates a context.
  public init(today: CalendarDate, staleDays: Int = 14, utcOffset: Int = 0, user: String = "") {
    self.today = today
    self.staleDays = staleDays
    self.utcOffset = utcOffset
    self.user = user
  }
}
