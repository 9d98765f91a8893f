package dev.eksatlas.inventory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.eksatlas.domain.FargateProfile;
import java.util.List;
import java.util.Map;

/** Lists and maps are stored as JSON text so the schema stays portable between H2 and PostgreSQL. */
final class JsonColumns {
    private static final ObjectMapper MAPPER = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() { };
    private static final TypeReference<List<String>> LIST = new TypeReference<>() { };
    private static final TypeReference<List<FargateProfile.Selector>> SELECTORS = new TypeReference<>() { };

    private JsonColumns() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new InventoryException("Could not encode a value for the inventory: " + e.getOriginalMessage(), e);
        }
    }

    static Map<String, String> map(String json) {
        return read(json, MAP);
    }

    static List<String> list(String json) {
        return read(json, LIST);
    }

    static List<FargateProfile.Selector> selectors(String json) {
        return read(json, SELECTORS);
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new InventoryException("The inventory holds a value that is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
