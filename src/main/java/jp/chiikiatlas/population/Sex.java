package jp.chiikiatlas.population;

/** The {@code sex} dimension of {@code population}, with the id the statistics use. */
public enum Sex {
    TOTAL("total"), MALE("male"), FEMALE("female");

    private final String id;

    Sex(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
