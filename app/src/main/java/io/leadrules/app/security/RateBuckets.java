package io.leadrules.app.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;

/** Where the rate-limit buckets live: {@link SharedBuckets} in the database every instance shares. */
interface RateBuckets {

    /** The bucket of this key, made with this configuration the first time any instance asks for it. */
    Bucket bucket(String key, BucketConfiguration configuration);
}
