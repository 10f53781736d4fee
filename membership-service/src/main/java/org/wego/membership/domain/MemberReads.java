package org.wego.membership.domain;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;

/**
 * Member reads (a member on a date, member lists, the directory), answered from a cache while the
 * {@link ReadModelVersion} has not moved: a repeated read costs one primary-key lookup, however many members there
 * are. Cached values are detached and only read. The date is part of every key, so a new day is a new entry.
 */
@ApplicationScoped
public class MemberReads {

    public record MemberOnDate(Member member, MembershipStatus status) {
    }

    private final ReadModelVersion version;
    private final Cached cached;

    public MemberReads(ReadModelVersion version, Cached cached) {
        this.version = version;
        this.cached = cached;
    }

    /** @throws org.wego.web.ProblemException 404 when there is no such member (not cached) */
    public MemberOnDate memberOn(String code, LocalDate date) {
        return cached.memberOn(code, date, version.current());
    }

    public MemberSearch.Result search(MemberSearch.Criteria criteria) {
        return cached.search(criteria, version.current());
    }

    /** The cached reads themselves; a separate bean because the cache interceptor only sees calls from outside. */
    @ApplicationScoped
    public static class Cached {

        private final MemberSearch search;
        private final StandingPeriods standing;

        public Cached(MemberSearch search, StandingPeriods standing) {
            this.search = search;
            this.standing = standing;
        }

        @CacheResult(cacheName = "member-on-date")
        public MemberOnDate memberOn(String code, LocalDate date, long version) {
            return new MemberOnDate(Member.require(code), standing.statusOn(code, date).orElse(null));
        }

        @CacheResult(cacheName = "member-search")
        public MemberSearch.Result search(MemberSearch.Criteria criteria, long version) {
            return search.search(criteria);
        }
    }
}
