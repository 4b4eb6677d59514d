import Foundation
import Synchronization
import VersusMustache
import XCTest

/// Rendering threads work on copies of their own (`PerLane`), and output does not depend on which thread renders.
final class RenderLaneTests: XCTestCase {
    /// Runs `body` once on each of `count` new threads, all started before any finishes, and returns their results.
    private func onThreads<T: Sendable>(_ count: Int, _ body: @escaping @Sendable () -> T) -> [T] {
        let results = Mutex<[T]>([])
        let started = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0), finished = DispatchSemaphore(value: 0)
        for _ in 0..<count {
            Thread.detachNewThread {
                started.signal()
                release.wait()
                let value = body()
                results.withLock { $0.append(value) }
                finished.signal()
            }
        }
        for _ in 0..<count { started.wait() }
        for _ in 0..<count { release.signal() }
        for _ in 0..<count { finished.wait() }
        return results.withLock { $0 }
    }

    private final class Box: Sendable {}

    func testEachThreadGetsItsOwnValueAndKeepsIt() {
        let made = Atomic<Int>(0)
        let lanes = PerLane<Box> {
            made.add(1, ordering: .relaxed)
            return Box()
        }
        // Three threads alive at once have three consecutive thread numbers, so three different lanes.
        let identities = onThreads(3) { () -> [ObjectIdentifier] in
            (0..<50).map { _ in ObjectIdentifier(lanes.current) }
        }
        for perThread in identities { XCTAssertEqual(Set(perThread).count, 1, "a thread's value changed between uses") }
        XCTAssertEqual(Set(identities.map { $0[0] }).count, 3)
        XCTAssertEqual(made.load(ordering: .relaxed), 3)
        XCTAssertEqual(lanes.made.count, 3)
    }

    func testTheMakingThreadKeepsTheFirstValue() {
        // Made on a new thread, so that the threads after it have the next thread numbers.
        let (first, lanes, sameOnMaker) = onThreads(1) { () -> (Box, PerLane<Box>, Bool) in
            let first = Box()
            let lanes = PerLane<Box>(first: first) { Box() }
            return (first, lanes, lanes.current === first)
        }[0]
        XCTAssertTrue(sameOnMaker)
        let others = onThreads(2) { ObjectIdentifier(lanes.current) }
        XCTAssertFalse(others.contains(ObjectIdentifier(first)))
        XCTAssertEqual(Set(others).count, 2)
    }

    /// Templates with partials, inheritance and shared sections render the same bytes on every thread, and each
    /// thread's reuse of shared sections is counted.
    func testTemplatesRenderAlikeOnManyThreads() throws {
        let templates = try MustacheTemplates([
            "layout": "<main>{{$content}}default{{/content}}</main>",
            "partials/side": "  <p>{{code}} {{label}}</p>\n",
            "page": "{{<layout}}{{$content}}{{title}}\n{{#sides}}\n  {{>partials/side}}\n{{/sides}}{{/content}}{{/layout}}",
        ])
        let sides: TemplateValue = .list([
            TemplateValue.shared(SharedFields(["code": "250", "label": "OK"])),
            TemplateValue.shared(SharedFields(["code": "535", "label": "Authentication <failed>"])),
        ])
        let expected = "<main>T\n    <p>250 OK</p>\n    <p>535 Authentication &lt;failed&gt;</p>\n</main>"
        let outputs = onThreads(4) { () -> [String] in
            (0..<20).map { _ in String(decoding: templates.render("page", ["title": "T", "sides": sides]), as: UTF8.self) }
        }
        XCTAssertEqual(Set(outputs.flatMap { $0 }), [expected])
        // Each thread renders the two sides once and reuses its own rendering on its 19 other pages.
        XCTAssertEqual(templates.reusedSectionCount, 4 * 19 * 2)
    }
}
