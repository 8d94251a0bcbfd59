import ClaimCore
import Dispatch
import Foundation
import Inbox
import Journal
import Logging
import Synchronization

/// What feeds the work queue: the inotify watch (or the fallback listing), signals, the
/// rescan and watchdog timers; and SIGHUP's reload.
extension InboxService {
    /// Watches the inbox with inotify; when the kernel refuses, lists it every
    /// `fallbackScanSeconds` instead, and a critical entry and `STATUS=` say so.
    func armWatch(_ inbox: String) {
        do {
            let watcher = try InboxWatcher(directory: inbox, queue: workQueue) { [weak self] events in self?.handle(events) }
            state.withLock { $0.watcher = watcher }
        } catch {
            fallBackToScanning(
                problem: "cannot watch the inbox with inotify (\(error))", cause: "no-watch", priority: 2,
                message: "Inbox '\(inbox)': cannot watch the inbox with inotify (\(error))")
        }
    }

    private func handle(_ events: [InboxWatcher.Event]) {
        for event in events {
            switch event {
            case .finished(let name) where InboxDirectory.isCandidateName(name):
                feed(.seen([name], settled: true))
            case .created(let name) where InboxDirectory.isCandidateName(name):
                // Files being written wait for their close or rename; a FIFO, link or directory
                // is set aside now, and a hard link (which raises no other event) is taken now.
                let directory = state.withLock { $0.directory }
                if ArticleFile.isCompleteOnCreation(at: directory.path(of: name)) { feed(.seen([name], settled: true)) }
            case .finished, .created:
                continue
            case .overflow:
                feed(.overflow)
            case .watchLost:
                let inbox = state.withLock { $0.settings.inbox }
                fallBackToScanning(problem: "the inotify watch was removed", cause: "watch-lost", priority: 3, message: "Inbox watch on '\(inbox)' was removed")
            }
        }
    }

    /// Files still get processed when inotify fails them: by listing the inbox every
    /// `fallbackScanSeconds`. Said loudly: one entry with `RESCAN_CAUSE=cause`, and in `STATUS=`.
    private func fallBackToScanning(problem: String, cause: String, priority: Int, message: String) {
        let inbox = state.withLock { $0.settings.inbox }
        output.event(
            MessageID.inboxRescan, priority: priority, "\(message); scanning it every \(Self.fallbackScanSeconds) s instead",
            fields: [("INBOX", inbox), ("RESCAN_CAUSE", cause)], logger: logger)
        let armed = state.withLock { $0.sources.fallback != nil }
        if !armed {
            let timer = DispatchSource.makeTimerSource(queue: workQueue)
            let interval = DispatchTimeInterval.seconds(Self.fallbackScanSeconds)
            timer.schedule(deadline: .now() + interval, repeating: interval)
            timer.setEventHandler { [weak self] in self?.feed(.fallbackScan) }
            timer.activate()
            arm {
                $0.fallback = timer
                $0.all.append(timer)
            }
        }
        feed(.watchLost(problem: "\(problem): scanning every \(Self.fallbackScanSeconds)s"))
    }

    /// Records sources just armed. Read, changed and written back in two steps because a
    /// Dispatch source may not be sent into the lock's closure; both run on the work queue.
    private func arm(_ change: (inout Sources) -> Void) {
        var sources = state.withLock { $0.sources }
        change(&sources)
        state.withLock { $0.sources = sources }
    }

    func installSignals() {
        for signo in [SIGTERM, SIGINT, SIGHUP] {
            signal(signo, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signo, queue: signalQueue)
            source.setEventHandler { [weak self] in
                guard let self else { return }
                if signo == SIGHUP {
                    self.workQueue.async { self.reload() }
                } else {
                    self.notifier.stopping()
                    self.stopSignalled.store(true, ordering: .relaxed)
                    self.workQueue.async { self.feed(.stopRequested) }
                }
            }
            source.activate()
            arm { $0.all.append(source) }
        }
    }

    func installTimers(rescanSeconds: Int) {
        let rescan = DispatchSource.makeTimerSource(queue: workQueue)
        rescan.schedule(deadline: .now() + .seconds(rescanSeconds), repeating: .seconds(rescanSeconds))
        rescan.setEventHandler { [weak self] in self?.feed(.periodic) }
        rescan.activate()
        var timers: [any DispatchSourceProtocol] = [rescan]
        if let usec = notifier.watchdogInterval {
            // On the work queue: if a file hangs the worker, the pings stop and systemd restarts us.
            let watchdog = DispatchSource.makeTimerSource(queue: workQueue)
            let interval = DispatchTimeInterval.microseconds(Int(usec / 2))
            watchdog.schedule(deadline: .now() + interval, repeating: interval)
            watchdog.setEventHandler { [weak self] in self?.notifier.watchdog() }
            watchdog.activate()
            timers.append(watchdog)
        }
        arm {
            $0.rescan = rescan
            $0.all += timers
        }
    }

    /// SIGHUP: the config file and every lexicon read again, with the command line's overrides
    /// kept (`SettingsSource`). Lexicons, `max_file_bytes`, `settle_seconds` and
    /// `rescan_interval_seconds` take effect now; a changed key that needs a restart is named
    /// in the reload's entry and keeps its running value.
    func reload() {
        notifier.reloading()
        do {
            let next = try source.resolve()
            let lexicon = try LexiconLoader.load(overlays: next.lexicons)
            let current = state.withLock { $0.settings }
            let changed = current.changedKeys(to: next)
            let applied = changed.filter(Settings.reloadableKeys.contains)
            let needsRestart = changed.filter { !Settings.reloadableKeys.contains($0) }
            state.withLock { state in
                state.pipeline = ArticlePipeline(lexicon: lexicon, maxBytes: next.maxFileBytes)
                state.settings.lexicons = next.lexicons
                state.settings.maxFileBytes = next.maxFileBytes
                state.settings.settleSeconds = next.settleSeconds
                state.directory.settleSeconds = next.settleSeconds
                if state.settings.rescanIntervalSeconds != next.rescanIntervalSeconds {
                    state.settings.rescanIntervalSeconds = next.rescanIntervalSeconds
                    let interval = DispatchTimeInterval.seconds(next.rescanIntervalSeconds)
                    state.sources.rescan?.schedule(deadline: .now() + interval, repeating: interval)
                }
            }
            var message = "Reloaded configuration and lexicons (\(lexicon.actors.count) actors, \(lexicon.places.count) places)"
            if !applied.isEmpty { message += "; changed: \(applied.joined(separator: ", "))" }
            if !needsRestart.isEmpty {
                message += "; changed but not applied until a restart: \(needsRestart.joined(separator: ", "))"
                logger.warning("\(message)")
            } else {
                logger.notice("\(message)")
            }
        } catch {
            logger.error("Reload failed, keeping the previous configuration: \(error)")
        }
        notifier.ready(status: statusLine)
    }
}
