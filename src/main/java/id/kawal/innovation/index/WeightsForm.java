package id.kawal.innovation.index;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Every weight of the index score, by code. */
public class WeightsForm {

    private Map<String, BigDecimal> weights = new LinkedHashMap<>();

    public WeightsForm() {
    }

    public WeightsForm(Map<String, BigDecimal> weights) {
        this.weights = new LinkedHashMap<>(weights);
    }

    public Map<String, BigDecimal> getWeights() {
        return weights;
    }

    public void setWeights(Map<String, BigDecimal> weights) {
        this.weights = weights;
    }
}
