package io.leadrules.app.scoring.batch;

import io.leadrules.app.scoring.CustomDataCheck;
import io.leadrules.app.scoring.CustomDataSettings;
import io.leadrules.app.scoring.LeadFactsMapper;
import io.leadrules.app.scoring.ScoringSettings;
import io.leadrules.app.system.StrictJsonModule;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.mapstruct.factory.Mappers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What reading a batch needs, built once: in the service from its beans (the JSON mapping and validation of every
 * endpoint), in the {@code score} command without Spring, configured as application.yml configures the service.
 */
@Component
final class BatchParts {

    private final JsonMapper mapper;
    private final JsonLineReading json;
    private final CsvBatch csv;
    private final int chunkSize;
    private final int maxLineLength;

    @Autowired
    BatchParts(JsonMapper mapper, Validator validator, CustomDataCheck checks, LeadFactsMapper facts,
               ScoringSettings scoring, BatchSettings batch) {
        this.mapper = mapper;
        this.json = new JsonLineReading(mapper, validator, checks, facts, scoring.maxActivities());
        this.csv = new CsvBatch(checks, scoring.maxActivities());
        this.chunkSize = batch.chunkSize();
        this.maxLineLength = batch.maxLineLength();
    }

    /** The parts with every default setting, for the command. */
    static BatchParts standalone() {
        JsonMapper mapper = JsonMapper.builder().addModule(new StrictJsonModule())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT).build();
        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
        return new BatchParts(mapper, validator, new CustomDataCheck(CustomDataSettings.defaults()),
                Mappers.getMapper(LeadFactsMapper.class), ScoringSettings.defaults(), BatchSettings.defaults());
    }

    JsonMapper mapper() {
        return mapper;
    }

    JsonLineReading json() {
        return json;
    }

    CsvBatch csv() {
        return csv;
    }

    int chunkSize() {
        return chunkSize;
    }

    int maxLineLength() {
        return maxLineLength;
    }
}
